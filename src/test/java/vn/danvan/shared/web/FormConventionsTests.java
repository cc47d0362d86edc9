package vn.danvan.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way DanVan takes input, checked over the whole code base so that a handler or template
 * added later follows it too:
 * <ul>
 * <li>a handler that changes data (POST, PUT, PATCH, DELETE) takes what was sent as one form record,
 * validated ({@code @Valid}) with its {@link BindingResult} right after it, besides path variables:
 * no {@code @RequestParam}, no parameter map, no request read by hand;</li>
 * <li>a form record has no primitive component (a value that does not convert leaves it null and
 * becomes a field error) and no text without a maximum size (the column's);</li>
 * <li>a rule broken by input is a {@link Problem} of {@code shared.web}: no module has a type of its
 * own for it;</li>
 * <li>every form field of every template is drawn by {@code fragments/forms} (label, control, help,
 * error): no template writes a label of its own;</li>
 * <li>blank text becomes null in one place ({@code shared.text.TypedText}).</li>
 * </ul>
 */
class FormConventionsTests {

    private static final Set<Class<?>> PLUMBING = Set.of(Model.class, RedirectAttributes.class,
            HttpServletRequest.class, HttpServletResponse.class, jakarta.servlet.http.HttpSession.class, Locale.class,
            Principal.class, BindingResult.class, Errors.class);
    private static final Path MAIN = Path.of("src/main/java/vn/danvan");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    @Test
    void handlersThatChangeDataTakeOneValidatedFormRecord() {
        List<String> wrong = new ArrayList<>();
        for (Method handler : changingHandlers()) {
            Parameter[] parameters = handler.getParameters();
            for (int i = 0; i < parameters.length; i++) {
                Parameter p = parameters[i];
                Class<?> type = p.getType();
                String where = name(handler) + " parameter " + p.getName() + ": ";
                if (p.isAnnotationPresent(PathVariable.class) || p.isAnnotationPresent(RequestHeader.class)
                        || PLUMBING.stream().anyMatch(t -> t.isAssignableFrom(type))) {
                    continue;
                }
                if (type.isRecord()) {
                    if (!p.isAnnotationPresent(Valid.class) && !p.isAnnotationPresent(Validated.class)) {
                        wrong.add(where + "the form record is not @Valid");
                    }
                    if (i + 1 >= parameters.length || !Errors.class.isAssignableFrom(parameters[i + 1].getType())) {
                        wrong.add(where + "no BindingResult right after the form record");
                    }
                } else {
                    wrong.add(where + type.getSimpleName() + " is not a form record");
                }
            }
        }
        assertThat(wrong).as("handlers that change data and take their input another way").isEmpty();
    }

    @Test
    void formRecordsHaveNoPrimitivesAndNoTextWithoutASize() {
        List<String> wrong = new ArrayList<>();
        Set<Class<?>> forms = new LinkedHashSet<>();
        changingHandlers().forEach(h -> Arrays.stream(h.getParameterTypes()).filter(Class::isRecord)
                .forEach(forms::add));
        assertThat(forms).as("form records found").hasSizeGreaterThan(50);
        for (Class<?> form : forms) {
            for (RecordComponent c : form.getRecordComponents()) {
                String where = form.getName() + "." + c.getName() + ": ";
                if (c.getType().isPrimitive()) {
                    wrong.add(where + "primitive " + c.getType());
                }
                if (holdsText(c.getGenericType()) && !hasSize(c)) {
                    wrong.add(where + "text without @Size(max)");
                }
            }
        }
        assertThat(wrong).as("form record components").isEmpty();
    }

    @Test
    void aBrokenRuleIsAProblemOfSharedWeb() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            List<String> own = files.filter(f -> f.getFileName().toString().matches("Problems?\\.java"))
                    .filter(f -> !f.startsWith(MAIN.resolve("shared/web"))).map(Path::toString).toList();
            assertThat(own).as("modules' own problem types").isEmpty();
        }
        List<String> nested = new ArrayList<>();
        for (Class<?> type : classes(null)) {
            Arrays.stream(type.getDeclaredClasses()).filter(c -> c.getSimpleName().matches("Problems?"))
                    .forEach(c -> nested.add(c.getName()));
        }
        assertThat(nested).as("problem types nested in modules' classes").isEmpty();
    }

    @Test
    void everyFieldOfEveryTemplateIsDrawnByTheFormFragments() throws IOException {
        Pattern label = Pattern.compile("<label\\b");
        List<String> handWritten = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                if (f.endsWith(Path.of("fragments/forms.html"))) {
                    continue;
                }
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    if (label.matcher(lines.get(i)).find()) {
                        handWritten.add(TEMPLATES.relativize(f) + ":" + (i + 1));
                    }
                }
            }
        }
        assertThat(handWritten).as("labels written by hand instead of fragments/forms").isEmpty();
    }

    /**
     * Thymeleaf includes a fragment before it evaluates a condition on the same element: a th:if beside a
     * th:replace is ignored (the element it sat on is gone). A condition goes on a th:block around it.
     */
    @Test
    void noConditionSitsBesideAFragmentInclusion() throws IOException {
        Pattern tag = Pattern.compile("<[a-zA-Z][^>]*>", Pattern.DOTALL);
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                var m = tag.matcher(Files.readString(f));
                while (m.find()) {
                    String t = m.group();
                    if (t.contains("th:replace=") && (t.contains("th:if=") || t.contains("th:unless="))) {
                        wrong.add(TEMPLATES.relativize(f) + ": " + t.replaceAll("\\s+", " "));
                    }
                }
            }
        }
        assertThat(wrong).as("conditions beside a fragment inclusion (ignored by Thymeleaf)").isEmpty();
    }

    /**
     * {@code #{${key}(${args})}} passes an array of arguments as one argument, which shows as
     * "[Ljava.lang.Object;@5a7806c1": arguments in an array go through {@code #messages.msgWithParams}.
     */
    @Test
    void noMessageTakesAnArrayAsOneArgument() throws IOException {
        Pattern arrayArgument = Pattern.compile("#\\{\\$\\{[^}]+\\}\\(\\$\\{[A-Za-z.]*(Args|Arguments|arguments\\(\\))\\}\\)\\}");
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                var m = arrayArgument.matcher(Files.readString(f));
                while (m.find()) {
                    wrong.add(TEMPLATES.relativize(f) + ": " + m.group());
                }
            }
        }
        assertThat(wrong).as("messages given an array as one argument").isEmpty();
    }

    /**
     * A fragment parameter left out of a call takes the value of a model attribute or path variable of
     * the same name (a page under /x/{id} gave every field id="19"): none may share a name with one.
     */
    @Test
    void noFragmentParameterSharesANameWithAModelAttributeOrPathVariable() throws IOException {
        Set<String> parameters = Set.of("type", "required", "max", "min", "step", "col", "label", "help",
                "helpMessage", "labelText", "placeholder", "inputmode", "autocomplete", "lines", "choices", "empty", "bound", "value",
                "checked", "fieldId", "hideLabel", "small", "readonly", "disabled", "itemCol", "inline", "multiple",
                "accept", "fid", "labelKey", "helpKey", "helpText", "failed", "picker", "textId", "shownText", "invalid", "mode", "formError");
        Pattern named = Pattern.compile("addAttribute\\(\"([A-Za-z]+)\"|@PathVariable(?:\\([^)]*\\))?\\s+\\w+\\s+(\\w+)");
        List<String> clashes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                var m = named.matcher(Files.readString(f));
                while (m.find()) {
                    String name = m.group(1) != null ? m.group(1) : m.group(2);
                    if (parameters.contains(name)) {
                        clashes.add(MAIN.relativize(f) + ": " + name);
                    }
                }
            }
        }
        assertThat(clashes).as("model attributes or path variables named like a fragment parameter").isEmpty();
    }

    @Test
    void blankTextBecomesNullInOnePlace() throws IOException {
        Pattern copy = Pattern.compile("isBlank\\(\\)\\s*\\?\\s*null|String\\s+blankToNull\\s*\\(|String\\s+nullIfBlank\\s*\\(");
        try (Stream<Path> files = Files.walk(MAIN)) {
            List<String> copies = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (copy.matcher(Files.readString(f)).find()) {
                    copies.add(MAIN.relativize(f).toString());
                }
            }
            assertThat(copies).as("copies of 'blank text to null' (use shared.text.TypedText)").isEmpty();
        }
    }

    // ------------------------------------------------------------------ reading the code

    private static List<Method> changingHandlers() {
        List<Method> handlers = new ArrayList<>();
        for (Class<?> controller : classes(Controller.class)) {
            for (Method m : controller.getDeclaredMethods()) {
                RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(m, RequestMapping.class);
                if (mapping != null && Arrays.stream(mapping.method()).anyMatch(v -> v == RequestMethod.POST
                        || v == RequestMethod.PUT || v == RequestMethod.PATCH || v == RequestMethod.DELETE)) {
                    handlers.add(m);
                }
            }
        }
        assertThat(handlers).as("handlers that change data").hasSizeGreaterThan(100);
        return handlers;
    }

    private static List<Class<?>> classes(Class<? extends Annotation> annotation) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(annotation == null ? (reader, factory) -> true : new AnnotationTypeFilter(annotation));
        List<Class<?>> found = new ArrayList<>();
        for (var bean : scanner.findCandidateComponents("vn.danvan")) {
            try {
                found.add(Class.forName(bean.getBeanClassName(), false, FormConventionsTests.class.getClassLoader()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    private static boolean holdsText(Type type) {
        if (type == String.class) {
            return true;
        }
        return type instanceof ParameterizedType p && Collection.class.isAssignableFrom((Class<?>) p.getRawType())
                && p.getActualTypeArguments()[0] == String.class;
    }

    /** A text has @Size (on the component); a list of texts has it on its element type: List<@Size(max = 50) String>. */
    private static boolean hasSize(RecordComponent c) {
        if (c.getType() == String.class) {
            return c.getAccessor().isAnnotationPresent(Size.class) || c.getAnnotatedType().isAnnotationPresent(Size.class);
        }
        return c.getAnnotatedType() instanceof AnnotatedParameterizedType list
                && list.getAnnotatedActualTypeArguments()[0].isAnnotationPresent(Size.class);
    }

    private static String name(Method m) {
        return m.getDeclaringClass().getSimpleName() + "." + m.getName();
    }

    @SuppressWarnings("unused")
    private static boolean isFile(Class<?> type) {
        return MultipartFile.class.isAssignableFrom(type);
    }
}
