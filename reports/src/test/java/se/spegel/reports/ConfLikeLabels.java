package se.spegel.reports;

import java.util.List;

/** Labels as the command line would build them from conf/spegel.conf (a subset, for tests). */
public final class ConfLikeLabels {

    private ConfLikeLabels() {}

    public static MapReportLabels swedish() {
        return new MapReportLabels("sv")
                .dimension("age", "Ålder")
                .dimension("gender", "Kön")
                .dimension("education", "Utbildningsnivå")
                .dimension("origin", "Bakgrund")
                .dimension("district", "Område")
                .order("age", List.of("0-15", "16-24", "25-34", "35-44", "45-54", "55-64", "65-74", "75-84", "85+"))
                .category("gender", "kvinna", "Kvinnor")
                .category("gender", "man", "Män")
                .category("gender", "annat", "Annan könsidentitet")
                .category("education", "forgymnasial", "Förgymnasial")
                .category("education", "gymnasial", "Gymnasial")
                .category("education", "eftergymnasial_kort", "Eftergymnasial, kortare än 3 år")
                .category("education", "eftergymnasial_lang", "Eftergymnasial, 3 år eller längre")
                .category("origin", "svensk_bakgrund", "Svensk bakgrund")
                .category("origin", "fodd_i_sverige_utlandsk_bakgrund", "Född i Sverige, utländsk bakgrund")
                .category("origin", "fodd_utomlands", "Född utomlands")
                .method("citizens_assembly", "Medborgarråd")
                .method("open_meeting", "Öppet möte")
                .stage("invited", "Inbjudna")
                .stage("attended", "Deltog");
    }

    public static MapReportLabels english() {
        return new MapReportLabels("en")
                .dimension("age", "Age")
                .dimension("gender", "Gender")
                .dimension("education", "Education")
                .dimension("origin", "Origin")
                .category("gender", "kvinna", "Women")
                .category("gender", "man", "Men")
                .method("citizens_assembly", "Citizens' assembly")
                .method("open_meeting", "Open meeting")
                .stage("invited", "Invited")
                .stage("attended", "Attended");
    }
}
