package se.spegel.reports;

import java.awt.Color;
import java.awt.Font;

/** Fonts and colours shared by all charts: a font with å, ä, ö, large enough to read, on a light background. */
final class ChartStyle {

  static final String PREFERRED_FONT = ReportFont.FAMILY;
  /** The font list written into the SVG, so a viewer without DejaVu Sans falls back to a similar font. */
  // unquoted on purpose: JFreeSVG writes single-quoted attributes and does not escape quotes
  static final String SVG_FONT_FAMILY = "DejaVu Sans, Verdana, Segoe UI, Arial, sans-serif";

  static final Color BACKGROUND = Color.WHITE;
  static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
  static final Color TEXT = new Color(0x22, 0x22, 0x22);
  static final Color ZERO_LINE = new Color(0x33, 0x33, 0x33);
  static final Color WHISKER = new Color(0x22, 0x22, 0x22);

  /** Over-representation: dark blue, dark in black and white too. */
  static final Color OVER = new Color(0x1F, 0x5F, 0x8B);
  static final Color OVER_OUTLINE = new Color(0x12, 0x3A, 0x57);
  /** Under-representation: light orange, light in black and white. */
  static final Color UNDER = new Color(0xF4, 0xB0, 0x6A);
  static final Color UNDER_OUTLINE = new Color(0xA8, 0x5A, 0x10);

  static final Color MEN = new Color(0x2C, 0x6E, 0x9E);
  static final Color MEN_LIGHT = new Color(0xC9, 0xDD, 0xEE);
  static final Color WOMEN = new Color(0x9E, 0x3D, 0x6E);
  static final Color WOMEN_LIGHT = new Color(0xEE, 0xD2, 0xE0);
  static final Color RESIDENT_OUTLINE = new Color(0x55, 0x55, 0x55);

  private final String family;

  private ChartStyle(String family) {
    this.family = family;
  }

  /**
   * DejaVu Sans from the bundled font files (so text is measured with the font the PDF uses, whatever
   * the machine has installed), else the JDK's SansSerif when AWT cannot load fonts at all.
   */
  static ChartStyle standard() {
    return new ChartStyle(ReportFont.registerWithAwt());
  }

  Font tickFont() {
    return new Font(family, Font.PLAIN, 13);
  }

  Font axisLabelFont() {
    return new Font(family, Font.PLAIN, 13);
  }

  Font categoryFont() {
    return new Font(family, Font.PLAIN, 13);
  }

  Font valueLabelFont() {
    return new Font(family, Font.BOLD, 12);
  }

  Font legendFont() {
    return new Font(family, Font.PLAIN, 12);
  }
}
