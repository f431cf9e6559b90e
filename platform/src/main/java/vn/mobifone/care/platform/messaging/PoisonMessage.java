package vn.mobifone.care.platform.messaging;

/** A message that no retry can process; it belongs on the dead-letter topic. */
public class PoisonMessage extends RuntimeException {

    public PoisonMessage(String message, Throwable cause) {
        super(message, cause);
    }
}
