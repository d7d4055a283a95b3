package iosim.dataplane.ipsec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SadTableTest {

    @Test
    void randomPutsAndRemovesAgreeWithAHashMap() {
        SadTable<String> table = new SadTable<>();
        Map<Long, String> reference = new HashMap<>();
        Random r = new Random(7);
        for (int step = 0; step < 20_000; step++) {
            // few distinct SPIs and destinations, so probe runs collide and removals shift them
            long key = SadTable.key(256 + r.nextInt(300), r.nextInt(4));
            if (r.nextInt(3) == 0) {
                table.remove(key);
                reference.remove(key);
            } else {
                String v = "sa" + step;
                table.put(key, v);
                reference.put(key, v);
            }
            if (step % 97 == 0) {
                for (int spi = 256; spi < 556; spi++) {
                    for (int dst = 0; dst < 4; dst++) {
                        long k = SadTable.key(spi, dst);
                        assertThat(table.get(k)).isEqualTo(reference.get(k));
                    }
                }
                assertThat(table.size()).isEqualTo(reference.size());
            }
        }
    }

    @Test
    void keyKeepsSpiAndDestinationApart() {
        SadTable<String> table = new SadTable<>();
        table.put(SadTable.key(0xFFFFFFFFL, -1), "a");
        table.put(SadTable.key(0x100, 0xC0000201), "b");
        assertThat(table.get(SadTable.key(0xFFFFFFFFL, -1))).isEqualTo("a");
        assertThat(table.get(SadTable.key(0x100, 0xC0000201))).isEqualTo("b");
        assertThat(table.get(SadTable.key(0x100, 0xC0000202))).isNull();
        assertThat(table.containsKey(SadTable.key(0xFFFFFFFFL, 0))).isFalse();
    }
}
