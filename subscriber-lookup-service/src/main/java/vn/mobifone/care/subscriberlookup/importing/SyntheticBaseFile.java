package vn.mobifone.care.subscriberlookup.importing;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes a synthetic base as a billing-export CSV file, for the benchmark and for trying imports:
 * {@code java -cp <service jar> vn.mobifone.care.subscriberlookup.importing.SyntheticBaseFile <size> <seed> <file>}.
 */
public final class SyntheticBaseFile {

    private SyntheticBaseFile() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: SyntheticBaseFile <size> <seed> <file>");
            System.exit(2);
        }
        SyntheticBase base = new SyntheticBase(Long.parseLong(args[1]), LocalDate.now());
        try (Reader csv = base.csv(Integer.parseInt(args[0]));
                Writer out = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
            csv.transferTo(out);
        }
    }
}
