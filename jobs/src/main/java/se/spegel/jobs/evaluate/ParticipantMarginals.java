package se.spegel.jobs.evaluate;

import static org.apache.spark.sql.functions.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import se.spegel.jobs.model.AreaHierarchy;
import se.spegel.schema.Columns;
import se.spegel.schema.config.AgeBand;
import se.spegel.schema.config.AgeBands;
import se.spegel.schema.input.ProcessRow;
import se.spegel.schema.spark.SparkSchemas;

/**
 * The one pass over participants. Each participant gets a status (in scope, outside the
 * target area, outside the eligible ages) and a category per compared dimension; one
 * GROUP BY over all of them gives the cell table; the cells are then unfolded into every
 * dimension and every cumulative stage and summed again. Only that small result reaches the driver.
 */
public final class ParticipantMarginals {
    private static final String DISTRICT = "district_resolved";
    private static final String STATUS = "status";
    private static final String HEADS = "heads";
    private static final String WEIGHTED = "weighted";
    /**
     * Weights are summed as whole millionths in a long: a sum of doubles depends on the order
     * of the rows and so on partitioning, a sum of longs does not, and Spark sums longs far
     * faster than wide decimals. Weights are thus used to six decimals.
     */
    static final long WEIGHT_SCALE = 1_000_000L;

    private final SparkSession spark;
    private final AreaHierarchy areas;

    public ParticipantMarginals(SparkSession spark, AreaHierarchy areas) {
        this.spark = spark;
        this.areas = areas;
    }

    public List<Marginal> compute(Dataset<Row> participants, Map<String, ProcessRow> processes,
                                  List<ComparedDimension> dimensions) {
        Dataset<Row> scoped = participants
                .join(broadcast(processFrame(processes, dimensions)), Columns.PROCESS_ID)
                .join(broadcast(areaFrame(processes)), participants.col(Columns.PROCESS_ID).equalTo(col("lookup_process"))
                        .and(participants.col(Columns.AREA_CODE).equalTo(col("lookup_area"))), "left")
                .withColumn(STATUS, status());
        List<Column> unfolded = new ArrayList<>();
        unfolded.add(struct(lit(Marginal.TOTAL).as("d"), lit("").as("c")));
        for (int i = 0; i < dimensions.size(); i++) {
            unfolded.add(struct(lit(dimensions.get(i).key()).as("d"), category(dimensions.get(i), i).as("c")));
        }
        // Each participant is unfolded into one row per dimension and summed straight away:
        // Spark's partial aggregation keeps only (process, stage, status, dimension, category)
        // keys per partition, so nothing of participant size is shuffled. A cell table over all
        // dimensions first would be almost as large as the participants themselves.
        Dataset<Row> marginals = scoped
                .select(col(Columns.PROCESS_ID), col(Columns.STAGE_INDEX), col(STATUS), col(Columns.WEIGHT),
                        explode(array(unfolded.toArray(Column[]::new))).as("dc"))
                .groupBy(col(Columns.PROCESS_ID), col(Columns.STAGE_INDEX), col(STATUS), col("dc.d"), col("dc.c"))
                .agg(count(lit(1)).as(HEADS), sum(round(col(Columns.WEIGHT).multiply(WEIGHT_SCALE)).cast(DataTypes.LongType)).as(WEIGHTED));
        List<Marginal> reached = marginals.collectAsList().stream()
                .map(r -> new Marginal(r.getString(0), r.getInt(1), r.getString(2), r.getString(3), r.getString(4),
                        r.getLong(5), BigDecimal.valueOf(r.getLong(6), 6)))
                .toList();
        return CumulativeStages.of(reached);
    }

    private Column status() {
        Column ineligible = col(SparkSchemas.AGE_LOW).isNotNull().and(
                col("min_age").isNotNull().and(col(SparkSchemas.AGE_HIGH).lt(col("min_age")))
                        .or(col("max_age").isNotNull().and(col(SparkSchemas.AGE_LOW).gt(col("max_age")))));
        // without a hierarchy Spegel cannot tell where a code lies, so nobody is excluded for it
        Column outsideArea = areas.isEmpty() ? lit(false)
                : col(Columns.AREA_CODE).isNotNull().and(col("lookup_area").isNull());
        return when(ineligible, lit(Marginal.OUTSIDE_ELIGIBILITY))
                .when(outsideArea, lit(Marginal.OUTSIDE_AREA))
                .otherwise(lit(Marginal.IN_SCOPE));
    }

    private static Column category(ComparedDimension dimension, int index) {
        Column value = null;
        Column anyMissing = lit(false);
        for (String part : dimension.parts()) {
            Column partValue = switch (part) {
                case "age" -> ageBand(dimension.ageBands());
                case "district" -> col(DISTRICT);
                default -> col(part);
            };
            anyMissing = anyMissing.or(partValue.isNull());
            value = value == null ? partValue : concat(value, lit(ComparedDimension.INTERSECTION), partValue);
        }
        // the universe differs per process (eligible ages), so its bounds come from the process frame
        Column low = col(universeLow(index));
        Column high = col(universeHigh(index));
        Column inUniverse = low.isNull().or(col(SparkSchemas.AGE_LOW).geq(low))
                .and(high.isNull().or(col(SparkSchemas.AGE_HIGH).leq(high)));
        Column unrestricted = low.isNull().and(high.isNull());
        return when(not(unrestricted.or(coalesce(inUniverse, lit(false)))), lit(Marginal.OUTSIDE_UNIVERSE))
                .when(anyMissing, lit(Marginal.MISSING))
                .otherwise(value);
    }

    /** The band whose range holds the participant's whole age range; null when none does. */
    private static Column ageBand(AgeBands bands) {
        Column band = lit(null).cast(DataTypes.StringType);
        for (AgeBand b : bands.bands()) {
            Column holds = col(SparkSchemas.AGE_LOW).geq(b.low()).and(col(SparkSchemas.AGE_HIGH).leq(b.high()));
            band = when(holds, lit(b.code())).otherwise(band);
        }
        return band;
    }

    /** Eligible ages and, per compared dimension, the age universe of each process. */
    private Dataset<Row> processFrame(Map<String, ProcessRow> processes, List<ComparedDimension> dimensions) {
        StructType schema = new StructType()
                .add(Columns.PROCESS_ID, DataTypes.StringType)
                .add("min_age", DataTypes.IntegerType)
                .add("max_age", DataTypes.IntegerType);
        for (int i = 0; i < dimensions.size(); i++) {
            schema = schema.add(universeLow(i), DataTypes.IntegerType).add(universeHigh(i), DataTypes.IntegerType);
        }
        List<Row> rows = new ArrayList<>();
        for (ProcessRow process : processes.values()) {
            List<Object> values = new ArrayList<>(List.of(process.processId()));
            values.add(process.minAge());
            values.add(process.maxAge());
            for (ComparedDimension dimension : dimensions) {
                ComparedDimension.AgeRange universe = dimension.universe(process);
                values.add(universe.low());
                values.add(universe.high());
            }
            rows.add(RowFactory.create(values.toArray()));
        }
        return spark.createDataFrame(rows, schema);
    }

    private static String universeLow(int dimension) {
        return "u" + dimension + "_low";
    }

    private static String universeHigh(int dimension) {
        return "u" + dimension + "_high";
    }

    /** (process, area within its target, district of that area): the hierarchy as a join table. */
    private Dataset<Row> areaFrame(Map<String, ProcessRow> processes) {
        StructType schema = new StructType()
                .add("lookup_process", DataTypes.StringType)
                .add("lookup_area", DataTypes.StringType)
                .add(DISTRICT, DataTypes.StringType);
        List<Row> rows = new ArrayList<>();
        for (ProcessRow process : processes.values()) {
            for (String area : areas.areasWithin(process.areaCode())) {
                rows.add(RowFactory.create(process.processId(), area, areas.districtOf(area, process.areaCode())));
            }
        }
        return spark.createDataFrame(rows, schema);
    }
}
