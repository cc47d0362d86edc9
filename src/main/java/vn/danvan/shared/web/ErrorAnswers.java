package vn.danvan.shared.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

import vn.danvan.shared.storage.StoredFileMissingException;

/**
 * The one answer to every request that fails, for all modules: a page in the visitor's language
 * ({@code error/page}), or {@link ApiError} JSON for the API. Input that cannot be read (a value
 * that does not convert, a missing field, a broken multipart body, unreadable JSON) is a 400 with a
 * message that names the field, never a 500; a missing record is a 404; a stale edit a 409. An
 * unexpected error is a 500 logged by its type and stack only: its message may quote what a citizen
 * typed, so it never reaches the log or the page.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorAnswers {

    static final String VIEW = "error/page";
    private static final Logger log = LoggerFactory.getLogger(ErrorAnswers.class);

    private final MessageSource messages;

    ErrorAnswers(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidRequestException.class)
    Object invalid(InvalidRequestException e, HttpServletRequest request) {
        List<String> texts = e.problems().stream().map(p -> text(p.messageKey(), p.arguments())).toList();
        return answer(request, HttpStatus.BAD_REQUEST, texts);
    }

    @ExceptionHandler(NotFoundException.class)
    Object notFound(HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, List.of(text("error.notFound")));
    }

    /**
     * A record whose file is not in the store (removed from the folder or the bucket, or kept on another node's
     * disk): 404, and an ERROR with the key, since a file that should be there is not. Answered before any byte
     * of the file is sent, as every download opens its file first.
     */
    @ExceptionHandler(StoredFileMissingException.class)
    Object fileMissing(StoredFileMissingException e, HttpServletRequest request) {
        log.error("Stored file missing from the store: {} (on {} {})", e.key(), request.getMethod(),
                request.getRequestURI());
        return answer(request, HttpStatus.NOT_FOUND, List.of(text("error.fileMissing")));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    Object stale(HttpServletRequest request) {
        return answer(request, HttpStatus.CONFLICT, List.of(text("error.stale")));
    }

    @ExceptionHandler(TypeMismatchException.class)
    Object mismatch(TypeMismatchException e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, List.of(text("error.parameter.invalid",
                e.getPropertyName() == null ? "" : e.getPropertyName())));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    Object missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST,
                List.of(text("error.parameter.missing", e.getParameterName())));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    Object missingPart(MissingServletRequestPartException e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST,
                List.of(text("error.parameter.missing", e.getRequestPartName())));
    }

    /** A form bound without a BindingResult beside it: its field errors, each with its field. */
    @ExceptionHandler(BindException.class)
    Object unbound(BindException e, HttpServletRequest request) {
        List<String> texts = e.getBindingResult().getAllErrors().stream()
                .map(error -> error instanceof FieldError f ? f.getField() + ": " + text(error) : text(error)).toList();
        return answer(request, HttpStatus.BAD_REQUEST, texts);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    Object invalidArguments(HandlerMethodValidationException e, HttpServletRequest request) {
        List<String> texts = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(error -> r.getMethodParameter().getParameterName()
                        + ": " + messages.getMessage(error, LocaleContextHolder.getLocale())))
                .toList();
        return answer(request, HttpStatus.BAD_REQUEST, texts);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request) {
        return answer(request, HttpStatus.CONTENT_TOO_LARGE, List.of(text("error.tooLarge")));
    }

    @ExceptionHandler({MultipartException.class, HttpMessageNotReadableException.class,
        ServletRequestBindingException.class})
    Object unreadable(HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, List.of(text("error.unreadable")));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Void> notAcceptable() {
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).build();
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest request) throws Exception {
        if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
            // Spring Security answers these: the sign-in page for a visitor, 403 for a signed-in person
            throw e;
        }
        if (SafeErrors.isClientGone(e)) {
            // the client hung up: nobody to answer; UnexpectedErrors lets it end there without an ERROR
            throw e;
        }
        if (SafeErrors.isUnreadableInput(e)) {
            return answer(request, HttpStatus.BAD_REQUEST, List.of(text("error.unreadable")));
        }
        if (e instanceof ErrorResponse refusal && !refusal.getStatusCode().is5xxServerError()) {
            // Spring's own refusals (404 for an unknown address, 405, 415...) keep their status
            return answer(request, refusal.getStatusCode(), List.of(text(statusKey(refusal.getStatusCode().value()))));
        }
        log.error("Unexpected error on {} {}: {}", request.getMethod(), request.getRequestURI(),
                SafeErrors.describe(e));
        return answer(request, HttpStatus.INTERNAL_SERVER_ERROR, List.of(text("error.status.500")));
    }

    private Object answer(HttpServletRequest request, HttpStatusCode status, List<String> texts) {
        if (wantsJson(request)) {
            HttpStatus known = HttpStatus.resolve(status.value());
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                    .body(new ApiError(status.value(), known == null ? "" : known.getReasonPhrase(),
                            String.join(" ", texts)));
        }
        ModelAndView page = new ModelAndView(VIEW);
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("messages", texts);
        return page;
    }

    /** JSON for the API (a REST controller, or an address under /api/ or /open311/), a page otherwise. */
    static boolean wantsJson(HttpServletRequest request) {
        if (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler
                && (AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), RestController.class)
                        || AnnotatedElementUtils.hasAnnotation(handler.getMethod(), ResponseBody.class))) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/open311/");
    }

    private static String statusKey(int status) {
        return switch (status) {
            case 403 -> "error.status.403";
            case 404 -> "error.status.404";
            default -> "error.status.4xx";
        };
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private String text(org.springframework.context.MessageSourceResolvable error) {
        return messages.getMessage(error, LocaleContextHolder.getLocale());
    }
}
