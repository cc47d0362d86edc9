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

    /** How the column is named and filled. */
    record Definition(String header, String englishHeader, boolean required, String example, List<String> aliases) {

        public Definition {
            aliases = List.copyOf(aliases);
        }

        public static Definition of(String header, String englishHeader, boolean required, String example,
                String... aliases) {
            return new Definition(header, englishHeader, required, example, List.of(aliases));
        }
    }

    Definition definition();

    /** The message key of the column's explanation on the import page. */
    String helpKey();

    /** The header of the templates. */
    default String header() {
        return definition().header();
    }

    default String englishHeader() {
        return definition().englishHeader();
    }

    default boolean required() {
        return definition().required();
    }

    /** The value of the template's example row. */
    default String example() {
        return definition().example();
    }

    /** Every header text that names this column. */
    default List<String> names() {
        var names = new ArrayList<String>();
        names.add(header());
        names.add(englishHeader());
        names.addAll(definition().aliases());
        return names;
    }
}
