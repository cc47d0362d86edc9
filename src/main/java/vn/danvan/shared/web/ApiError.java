package vn.danvan.shared.web;

/** The JSON body of every API error: {"status":400,"error":"Bad Request","message":"..."}. */
record ApiError(int status, String error, String message) {
}
