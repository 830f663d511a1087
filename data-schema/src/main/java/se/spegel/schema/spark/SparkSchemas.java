package se.spegel.schema.spark;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import se.spegel.schema.output.ColumnType;
import se.spegel.schema.Columns;
import se.spegel.schema.input.ParticipantRow;
import se.spegel.schema.output.OutputTable;

/** The one place where contract records become Spark schemas and rows. */
public final class SparkSchemas {
    private SparkSchemas() {}

    public static <R> StructType schemaOf(OutputTable<R> table) {
        StructField[] fields = table.columns().stream()
                .map(c -> DataTypes.createStructField(c.name(), sparkType(c.type()), true))
                .toArray(StructField[]::new);
        return DataTypes.createStructType(fields);
    }

    public static <R> List<Row> rowsOf(OutputTable<R> table, List<R> rows) {
        return rows.stream().map(r -> RowFactory.create(table.values(r))).toList();
    }

    public static DataType sparkType(ColumnType type) {
        return switch (type) {
            case STRING -> DataTypes.StringType;
            case INT -> DataTypes.IntegerType;
            case LONG -> DataTypes.LongType;
            case DOUBLE -> DataTypes.DoubleType;
            case BOOLEAN -> DataTypes.BooleanType;
        };
    }

    /** Participant rows as Spark sees them: no person_id ever reaches Spark. */
    public static StructType participantSchema(List<String> dimensionColumns) {
        List<StructField> fields = new java.util.ArrayList<>(List.of(
                DataTypes.createStructField(Columns.PROCESS_ID, DataTypes.StringType, false),
                DataTypes.createStructField(Columns.STAGE_INDEX, DataTypes.IntegerType, false),
                DataTypes.createStructField(AGE_LOW, DataTypes.IntegerType, true),
                DataTypes.createStructField(AGE_HIGH, DataTypes.IntegerType, true),
                DataTypes.createStructField(Columns.AREA_CODE, DataTypes.StringType, true),
                DataTypes.createStructField(Columns.WEIGHT, DataTypes.DoubleType, false)));
        dimensionColumns.forEach(d -> fields.add(DataTypes.createStructField(d, DataTypes.StringType, true)));
        return DataTypes.createStructType(fields);
    }

    public static Row participantRow(ParticipantRow p, List<String> dimensionColumns) {
        int fixed = 6;
        Object[] values = new Object[fixed + dimensionColumns.size()];
        values[0] = p.processId();
        values[1] = p.stageIndex();
        values[2] = p.ageLow();
        values[3] = p.ageHigh();
        values[4] = p.areaCode();
        values[5] = p.weight();
        for (int i = 0; i < dimensionColumns.size(); i++) {
            values[fixed + i] = p.categories().get(dimensionColumns.get(i));
        }
        return RowFactory.create(values);
    }

    public static final String AGE_LOW = "age_low";
    public static final String AGE_HIGH = "age_high";
}
