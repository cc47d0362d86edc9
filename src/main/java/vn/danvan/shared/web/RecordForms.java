package vn.danvan.shared.web;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Form commands are records: they are bound through their constructor and read back by field when
 * a form is shown again with errors. Blank text becomes null, so "required" rules see it as missing.
 */
@ControllerAdvice
class RecordForms {

    @InitBinder
    void init(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }
}
