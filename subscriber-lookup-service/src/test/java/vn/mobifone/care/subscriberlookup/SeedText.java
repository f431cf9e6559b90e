package vn.mobifone.care.subscriberlookup;

/**
 * The seeds are word-segmented: words of one term joined by {@code _}, punctuation spaced out,
 * quotes doubled ({@code " " Cập_nhật " "}). Tests quote a passage as the seed has it and compare
 * the product's text to its written form.
 */
public final class SeedText {

    private SeedText() {
    }

    public static String readable(String segmented) {
        return segmented.replace('_', ' ')
                .replaceAll("\" \" (.*?) \" \"", "\"$1\"")
                .replace(" / ", "/").replace(" . .", "..").replace(" ,", ",").replace(" :", ":").replace(" .", ".")
                .replace("( ", "(").replace(" )", ")");
    }
}
