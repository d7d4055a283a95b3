package iosim.ikev2.api;

/** Receives engine events on the engine's thread; must not block. */
@FunctionalInterface
public interface IkeEventListener {
    void onEvent(IkeEvent event);
}
