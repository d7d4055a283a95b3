/**
 * The IKEv2 engine: {@link iosim.ikev2.engine.IkeEngine} (datagrams and commands in, datagrams and
 * events out), one {@link iosim.ikev2.sa.TaskManager} per IKE SA running charon-style tasks from
 * {@code iosim.ikev2.task} one exchange at a time, the {@link iosim.ike.time.Retransmitter}, and
 * the {@link iosim.ike.time.Scheduler} it runs on ({@link iosim.ike.time.VirtualScheduler}
 * in tests, {@link iosim.ike.time.ExecutorScheduler} or an event loop in production).
 * Single-threaded: all SA state belongs to the thread that runs the scheduler's tasks.
 */
package iosim.ikev2.engine;
