package vn.danvan.shared.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Friendly pages for the screens: 404 for a missing record, 400 for a broken rule, 409 for a stale edit. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    static final String VIEW = "error/page";

    @ExceptionHandler(NotFoundException.class)
    String notFound(HttpServletResponse response, Model model) {
        return page(response, model, 404, "error.notFound", null);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String badParameter(MethodArgumentTypeMismatchException e, HttpServletResponse response, Model model) {
        return page(response, model, 400, "error.parameter.invalid", new Object[] {e.getName()});
    }

    @ExceptionHandler(InvalidRequestException.class)
    String invalid(InvalidRequestException e, HttpServletResponse response, Model model) {
        return page(response, model, 400, e.messageKey(), e.arguments());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    String stale(HttpServletResponse response, Model model) {
        return page(response, model, 409, "error.stale", null);
    }

    private static String page(HttpServletResponse response, Model model, int status, String key, Object[] args) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("messageKey", key);
        model.addAttribute("messageArgs", args == null ? new Object[0] : args);
        return VIEW;
    }
}
