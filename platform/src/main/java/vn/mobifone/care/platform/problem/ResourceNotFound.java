package vn.mobifone.care.platform.problem;

/** The addressed resource does not exist (answered 404). */
public class ResourceNotFound extends RuntimeException {

    public ResourceNotFound(String what, Object id) {
        super(what + " " + id + " was not found");
    }
}
