package vn.danvan.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The tile server's origin is what the pages' policy lets images come from, and nothing wider. */
class MapSettingsTests {

    @Test
    void openStreetMapsTilesAddItsOrigin() {
        assertThat(MapSettings.imageSource("https://tile.openstreetmap.org/{z}/{x}/{y}.png"))
                .isEqualTo("https://tile.openstreetmap.org");
    }

    @Test
    void subDomainsBecomeAWildcardAndAPortStays() {
        assertThat(MapSettings.imageSource("https://{s}.tiles.example.vn/{z}/{x}/{y}.png"))
                .isEqualTo("https://*.tiles.example.vn");
        assertThat(MapSettings.imageSource("http://10.1.2.3:8081/osm/{z}/{x}/{y}.png")).isEqualTo("http://10.1.2.3:8081");
    }

    @Test
    void tilesOnTheApplicationItselfNeedNoSource() {
        assertThat(MapSettings.imageSource("/tiles/{z}/{x}/{y}.png")).isNull();
    }

    @Test
    void aTemplateThatIsNoAddressOrCouldWidenThePolicyStopsStartUp() {
        assertThatThrownBy(() -> MapSettings.imageSource("tile.openstreetmap.org/{z}/{x}/{y}.png"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> MapSettings.imageSource("//cdn.example/{z}.png"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> MapSettings.imageSource("https://a.example;script-src *@x/{z}.png"))
                .isInstanceOf(IllegalStateException.class);
    }
}
