/**
 * The IKEv2 engine: {@link iosim.ikev2.engine.IkeEngine} (datagrams and commands in, datagrams and
 * events out), one {@link iosim.ikev2.engine.TaskManager} per IKE SA running charon-style tasks from
 * {@code iosim.ikev2.task} one exchange at a time, the {@link iosim.ikev2.engine.Retransmitter}, and
 * the {@link iosim.ikev2.engine.Scheduler} it runs on ({@link iosim.ikev2.engine.VirtualScheduler}
 * in tests, {@link iosim.ikev2.engine.ExecutorScheduler} or an event loop in production).
 * Single-threaded: all SA state belongs to the thread that runs the scheduler's tasks.
 */
package iosim.ikev2.engine;
