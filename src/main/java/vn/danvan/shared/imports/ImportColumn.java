package vn.danvan.shared.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * A column of an import file (cột của tệp nhập dữ liệu), implemented by each module's enum of
 * columns. The Vietnamese header is the one the templates carry; the English header and the
 * aliases are accepted too, compared by {@link ImportHeader#key(String)}, so accents, case and
 * punctuation do not matter.
 */
public interface ImportColumn {

    /** The header of the templates. */
    String header();

    String englishHeader();

    boolean required();

    /** The value of the template's example row. */
    String example();

    /** Other header texts that name this column. */
    List<String> aliases();

    /** The message key of the column's explanation on the import page. */
    String helpKey();

    /** Every header text that names this column. */
    default List<String> names() {
        var names = new ArrayList<String>();
        names.add(header());
        names.add(englishHeader());
        names.addAll(aliases());
        return names;
    }
}
