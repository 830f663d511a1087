package se.spegel.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import org.junit.jupiter.api.Test;

/** WCAG contrast ratios against values worked out by hand from the WCAG 2.1 definitions. */
class TextContrastTest {

    @Test
    void blackOnWhiteIs21To1AndAColourOnItselfIs1To1() {
        assertThat(TextContrast.ratio(Color.BLACK, Color.WHITE)).isCloseTo(21.0, within(1e-9));
        assertThat(TextContrast.ratio(Color.WHITE, Color.BLACK)).isCloseTo(21.0, within(1e-9));
        assertThat(TextContrast.ratio(new Color(0x72, 0x9a, 0xb6), new Color(0x72, 0x9a, 0xb6)))
                .isEqualTo(1.0);
    }

    @Test
    void grey767676OnWhiteIsJustAboveAa() {
        // 0x76 = 118: s = 0.46275, ((s + 0.055) / 1.055)^2.4 = 0.18116 = L; (1.05) / (0.23116) = 4.542
        assertThat(TextContrast.ratio(new Color(0x76, 0x76, 0x76), Color.WHITE)).isCloseTo(4.542, within(0.001));
    }

    @Test
    void whiteOnTheHeatmapsMidBlueFailsAaSoTheInkIsChosen() {
        // #729ab6: L = 0.2126·0.1683 + 0.7152·0.3231 + 0.0722·0.4678 = 0.3005; white: 1.05 / 0.3505 = 2.996
        // (axe-core reported 2.99); ink #222 (L = 0.01599): 0.3505 / 0.06599 = 5.31
        Color midBlue = new Color(0x72, 0x9a, 0xb6);
        assertThat(TextContrast.ratio(Color.WHITE, midBlue)).isCloseTo(2.996, within(0.002));
        assertThat(TextContrast.hex(TextContrast.textOn(midBlue))).isEqualTo("#222222");
        assertThat(TextContrast.hex(TextContrast.textOn(new Color(0x12, 0x3a, 0x57))))
                .isEqualTo("#ffffff");
    }

    @Test
    void theChosenTextReachesAaOnEveryGreyAndEveryHeatmapColour() {
        for (int v = 0; v <= 255; v++) {
            Color grey = new Color(v, v, v);
            assertThat(TextContrast.ratio(TextContrast.textOn(grey), grey))
                    .as("grey %d", v)
                    .isGreaterThanOrEqualTo(4.5);
        }
        for (double ratio = 0.05; ratio < 6; ratio += 0.01) {
            Color cell = Color.decode(RatioColorScale.background(ratio));
            assertThat(TextContrast.ratio(Color.decode(RatioColorScale.text(ratio)), cell))
                    .isGreaterThanOrEqualTo(4.5);
        }
    }
}
