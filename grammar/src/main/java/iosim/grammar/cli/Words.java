package iosim.grammar.cli;

import java.util.ArrayList;
import java.util.List;

/** Splits a typed line into words (separated by blanks and tabs), keeping each word's column. */
final class Words {
    record Word(String text, int column) {}

    private Words() {}

    static List<Word> split(String line) {
        List<Word> out = new ArrayList<>();
        int n = line.length();
        int i = 0;
        while (i < n) {
            while (i < n && isBlank(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isBlank(line.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(new Word(line.substring(start, i), start));
            }
        }
        return out;
    }

    static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
