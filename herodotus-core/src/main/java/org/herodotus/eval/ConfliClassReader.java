package org.herodotus.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads ConfliBERT PentaClass sentences: one {@code sentence TAB label} per line, label 0-4. Each line
 * becomes one record with id {@code line-N} (its line number), the label and no events. Blank lines are
 * skipped; the sentence is split from the label at the last tab.
 */
final class ConfliClassReader implements GoldReader {

    @Override
    public List<GoldArticle> parse(String content, String fileName) {
        List<GoldArticle> out = new ArrayList<>();
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            String where = "line " + (i + 1);
            int tab = line.lastIndexOf('\t');
            if (tab < 0) {
                throw new GoldFormatException(fileName, where, "no tab between sentence and label",
                        "write the sentence, a tab, and the label 0-4");
            }
            String label = line.substring(tab + 1).strip();
            if (!label.matches("[0-4]")) {
                throw new GoldFormatException(fileName, where, "label \"" + label + "\" is not 0-4",
                        "end the line with a tab and one of 0 statement, 1 verbal cooperation,"
                                + " 2 material cooperation, 3 verbal conflict, 4 material conflict");
            }
            String text = line.substring(0, tab).strip();
            if (text.isEmpty()) {
                throw new GoldFormatException(fileName, where, "empty sentence", "put the sentence before the tab");
            }
            out.add(new GoldArticle("line-" + (i + 1), null, text, List.of(), Integer.parseInt(label), null, "",
                    null));
        }
        return out;
    }
}
