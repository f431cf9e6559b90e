package vn.mobifone.care.platform.problem;

/** A value that no validation annotation can express was refused (answered 400 on that field). */
public class InvalidInput extends RuntimeException {

    private final String field;

    public InvalidInput(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
