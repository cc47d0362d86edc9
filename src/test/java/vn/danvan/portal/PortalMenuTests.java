package vn.danvan.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PortalMenuTests {

    @Test
    void eachPublicPageBelongsToItsEntry() {
        assertThat(PortalMenu.entry("/")).isEqualTo("home");
        assertThat(PortalMenu.entry("/portal/petitions/new")).isEqualTo("send");
        assertThat(PortalMenu.entry("/portal/petitions")).as("the form come back with errors").isEqualTo("send");
        assertThat(PortalMenu.entry("/portal/petitions/lookup")).isEqualTo("lookup");
        assertThat(PortalMenu.entry("/portal/petitions/rate")).isEqualTo("lookup");
        assertThat(PortalMenu.entry("/portal/answers")).isEqualTo("answers");
        assertThat(PortalMenu.entry("/portal/answers/PA-7K3M9-QXD2F")).isEqualTo("answers");
        assertThat(PortalMenu.entry("/portal/answersx")).isNull();
        assertThat(PortalMenu.entry("/portal/dossiers/lookup")).isEqualTo("dossiers");
        assertThat(PortalMenu.entry("/portal/news/12")).isEqualTo("news");
        assertThat(PortalMenu.entry("/portal/disclosures")).isEqualTo("disclosures");
        assertThat(PortalMenu.entry("/portal/search")).as("not in the menu").isNull();
        assertThat(PortalMenu.entry("/petitions/12")).as("a staff page").isNull();
    }

    @Test
    void everyEntryHasItsOwnName() {
        var names = PortalMenu.GROUPS.stream().flatMap(g -> g.entries().stream()).map(PortalMenu.Entry::name).toList();
        assertThat(names).doesNotHaveDuplicates().hasSize(14);
    }
}
