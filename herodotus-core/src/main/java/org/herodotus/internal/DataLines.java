package org.herodotus.internal;

/** The comment convention of Herodotus' data files: a '#' at the start of a line or after white space. */
public final class DataLines {

    private DataLines() {
    }

    /**
     * The line without its comment and trailing white space; leading white space is kept (it marks the
     * fields of a block in the {@code .kb} files). A '#' inside a word ("C#") is not a comment.
     */
    public static String withoutComment(String line) {
        int hash = line.indexOf('#');
        while (hash > 0 && !Character.isWhitespace(line.charAt(hash - 1))) {
            hash = line.indexOf('#', hash + 1);
        }
        return (hash < 0 ? line : line.substring(0, hash)).stripTrailing();
    }
}
