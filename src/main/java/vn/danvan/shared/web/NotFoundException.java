package vn.danvan.shared.web;

/** A record that does not exist (or is not visible); the web layer answers 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id);
    }
}
