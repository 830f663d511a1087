package se.spegel.schema.input.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import se.spegel.schema.input.ColumnAliases;
import se.spegel.schema.input.InputException;
import se.spegel.schema.input.RowTable;
import se.spegel.schema.input.TableSpec;

/**
 * Reads the first sheet of an Excel workbook (.xlsx) as an input table: the header is the first row
 * that names a required column (a title may stand above it), every later non-blank row a data row
 * numbered as Excel numbers it. Cells become
 * the text Excel shows (see {@link ExcelCellText}), so the reader's rules apply exactly as for CSV.
 * The sheet is streamed (SAX), not loaded as a workbook object, so long lists fit in little memory.
 */
public final class XlsxTable {
    private XlsxTable() {}

    public static RowTable read(Path file, TableSpec spec, ColumnAliases aliases) {
        if (!Files.isRegularFile(file)) {
            throw InputException.ofFile(file, "file not found");
        }
        RowTable.Builder table = RowTable.builder(file, spec, aliases);
        // a workbook on another file system (HDFS, read where it lies) is opened from its stream
        try (OPCPackage workbook = file.getFileSystem() == java.nio.file.FileSystems.getDefault()
                ? OPCPackage.open(file.toFile(), PackageAccess.READ)
                : OPCPackage.open(Files.newInputStream(file))) {
            XSSFReader reader = new XSSFReader(workbook);
            boolean date1904 = WorkbookDates.uses1904(reader.getWorkbookData());
            StylesTable styles = reader.getStylesTable();
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook);
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            if (!sheets.hasNext()) {
                throw InputException.ofFile(file, "the workbook has no sheets");
            }
            try (InputStream sheet = sheets.next()) {
                table.description("Excel sheet '" + sheets.getSheetName() + "'");
                SheetRows rows = new SheetRows(table);
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(
                        new XSSFSheetXMLHandler(styles, strings, rows, new ExcelCellText(date1904), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (InputException e) {
            throw e;
        } catch (IOException
                | RuntimeException
                | org.xml.sax.SAXException
                | javax.xml.parsers.ParserConfigurationException
                | org.apache.poi.openxml4j.exceptions.OpenXML4JException e) {
            throw InputException.ofFile(file, "cannot be read as an Excel workbook (.xlsx): " + firstLine(e));
        }
        return table.build();
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }
}
