package vn.pulse.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The 34 provinces as the demo sample sees them: adult population (the stratum size N_h, rounded
 * estimates: 70% of the 2024 population of the merged provinces) and urban share. Kept as data in
 * {@code demo/provinces.csv}.
 */
record ProvinceFrame(String code, long adults, double urbanShare) {

    static List<ProvinceFrame> load() {
        try (InputStream in = ProvinceFrame.class.getResourceAsStream("/demo/provinces.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<ProvinceFrame> all = new ArrayList<>();
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.strip().split(",");
                if (cells.length == 3) {
                    all.add(new ProvinceFrame(cells[0], Long.parseLong(cells[1]), Double.parseDouble(cells[2])));
                }
            }
            return List.copyOf(all);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo/provinces.csv", e);
        }
    }
}
