package se.spegel.schema.input.xlsx;

import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/** Whether a workbook counts dates from 1904 (old Mac Excel) instead of 1900: workbook.xml's workbookPr says. */
final class WorkbookDates {
    private WorkbookDates() {}

    static boolean uses1904(InputStream workbookXml)
            throws IOException, SAXException, javax.xml.parsers.ParserConfigurationException {
        boolean[] found = {false};
        try (InputStream in = workbookXml) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if ("workbookPr".equals(localName)) {
                        String value = attributes.getValue("date1904");
                        found[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                    }
                }
            });
            parser.parse(new InputSource(in));
        }
        return found[0];
    }
}
