/**
 * Time for IKE engines: the {@link iosim.ike.time.Scheduler} an engine runs on (virtual in tests
 * and benchmarks, {@link iosim.ike.time.ExecutorScheduler} in a router), request
 * retransmission ({@link iosim.ike.time.Retransmitter} with {@link iosim.ike.time.RetransmitSettings})
 * and SA lifetimes ({@link iosim.ike.time.Lifetime}).
 */
package iosim.ike.time;
