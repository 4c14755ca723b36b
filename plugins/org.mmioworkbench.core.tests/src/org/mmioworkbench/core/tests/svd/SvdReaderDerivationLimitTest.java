package org.mmioworkbench.core.tests.svd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mmioworkbench.core.tests.svd.SvdTestSupport.error;
import static org.mmioworkbench.core.tests.svd.SvdTestSupport.read;

import org.junit.jupiter.api.Test;
import org.mmioworkbench.core.svd.SvdDevice;
import org.mmioworkbench.core.svd.SvdRegister;

/**
 * The limit on chains of {@code derivedFrom} (64 steps) holds for every kind of element that can derive, and
 * counts the steps of one chain only: any number of elements may derive from the same base.
 */
class SvdReaderDerivationLimitTest {
    private static final int N = 70;

    private static String peripheralChain() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < N; i++) {
            b.append("<peripheral derivedFrom=\"P").append(i + 1).append("\"><name>P").append(i)
                    .append("</name><baseAddress>").append(0x1000 * (i + 1)).append("</baseAddress></peripheral>\n");
        }
        b.append("<peripheral><name>P").append(N).append("</name><baseAddress>0x100000</baseAddress><registers>"
                + "<register><name>R</name><addressOffset>0</addressOffset></register></registers></peripheral>\n");
        return SvdTestSupport.device("", b.toString());
    }

    @Test
    void aLongChainOfDerivedPeripheralsIsRefused() {
        String m = error(peripheralChain()).getMessage();
        assertTrue(m.endsWith(": peripheral 'P64' derivedFrom 'P65': the chain of derivedFrom is longer than 64 steps"),
                m);
    }

    @Test
    void manyPeripheralsMayDeriveFromTheSameOne() {
        StringBuilder b = new StringBuilder("<peripheral><name>BASE</name><baseAddress>0</baseAddress><registers>"
                + "<register><name>R</name><addressOffset>0</addressOffset></register></registers></peripheral>\n");
        for (int i = 0; i < N; i++) {
            b.append("<peripheral derivedFrom=\"BASE\"><name>P").append(i).append("</name><baseAddress>")
                    .append(0x1000 * (i + 1)).append("</baseAddress></peripheral>\n");
        }
        SvdDevice d = read(SvdTestSupport.device("", b.toString()));
        assertEquals(N + 1, d.peripherals().size());
        assertEquals("R", d.peripherals().get(N).registers().get(0).name());
    }

    @Test
    void aLongChainOfDerivedRegistersIsRefused() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < N; i++) {
            b.append("<register derivedFrom=\"R").append(i + 1).append("\"><name>R").append(i)
                    .append("</name><addressOffset>").append(4 * i).append("</addressOffset></register>\n");
        }
        b.append("<register><name>R").append(N).append("</name><addressOffset>0x400</addressOffset></register>\n");
        String m = error(SvdTestSupport.peripheral(b.toString())).getMessage();
        assertTrue(m.endsWith(": register 'R64' derivedFrom 'R65': the chain of derivedFrom is longer than 64 steps"),
                m);
    }

    @Test
    void manyRegistersAndTheirFieldsMayDeriveFromTheSameOnes() {
        StringBuilder b = new StringBuilder("<register><name>BASE</name><addressOffset>0x400</addressOffset>"
                + "<resetValue>7</resetValue><fields><field><name>F</name><bitOffset>4</bitOffset><bitWidth>2"
                + "</bitWidth></field></fields></register>\n");
        for (int i = 0; i < N; i++) {
            b.append("<register derivedFrom=\"BASE\"><name>R").append(i).append("</name><addressOffset>")
                    .append(4 * i).append("</addressOffset></register>\n");
            b.append("<register><name>S").append(i).append("</name><addressOffset>").append(0x800 + 4 * i)
                    .append("</addressOffset><fields><field derivedFrom=\"BASE.F\"><name>G</name></field></fields>"
                    + "</register>\n");
        }
        SvdDevice d = read(SvdTestSupport.peripheral(b.toString()));
        SvdRegister last = SvdTestSupport.register(d, "P", "R" + (N - 1));
        assertEquals(7, last.resetValue());
        SvdRegister lastS = SvdTestSupport.register(d, "P", "S" + (N - 1));
        assertEquals(4, lastS.fields().get(0).bitOffset());
        assertEquals(2, lastS.fields().get(0).bitWidth());
    }

    private static String enumerations(boolean chain) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < N; i++) {
            b.append("<register><name>R").append(i).append("</name><addressOffset>").append(4 * i)
                    .append("</addressOffset><fields><field><name>F</name><bitOffset>0</bitOffset><bitWidth>1"
                    + "</bitWidth><enumeratedValues derivedFrom=\"")
                    .append(chain ? "E" + (i + 1) : "BASE").append("\"><name>E").append(i)
                    .append("</name></enumeratedValues></field></fields></register>\n");
        }
        b.append("<register><name>LAST</name><addressOffset>0x400</addressOffset><fields><field><name>F</name>"
                + "<bitOffset>0</bitOffset><bitWidth>1</bitWidth><enumeratedValues><name>")
                .append(chain ? "E" + N : "BASE").append("</name><enumeratedValue><name>ON</name><value>1</value>"
                        + "</enumeratedValue></enumeratedValues></field></fields></register>\n");
        return SvdTestSupport.peripheral(b.toString());
    }

    @Test
    void aLongChainOfDerivedEnumerationsIsRefused() {
        String m = error(enumerations(true)).getMessage();
        assertTrue(m.contains("derivedFrom 'E65': the chain of derivedFrom is longer than 64 steps"), m);
    }

    @Test
    void manyEnumerationsMayDeriveFromTheSameOne() {
        SvdDevice d = read(enumerations(false));
        SvdRegister r = SvdTestSupport.register(d, "P", "R" + (N - 1));
        assertEquals("ON", r.fields().get(0).enumerations().get(0).values().get(0).name());
    }
}
