package vn.danvan.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import vn.danvan.DanVanIntegrationTest;

/**
 * Who signs for a unit, from the organisation data: the head as head, a deputy "KT.", anyone else not at
 * all (the head signs in their place), each with the full name under the signature.
 */
@DanVanIntegrationTest
class SignatureOfIT {

    private final OfficialDocuments documents;
    private final JdbcClient jdbc;

    @Autowired
    SignatureOfIT(OfficialDocuments documents, JdbcClient jdbc) {
        this.documents = documents;
        this.jdbc = jdbc;
    }

    @Test
    void theHeadSignsAsHeadADeputyInTheHeadsSteadAndAnOfficerNotAtAll() {
        long committee = unit("UBND-PG");
        long homeAffairs = unit("NV");
        Signature chair = documents.signatureOf(committee, person("chutich"), "Đoàn Văn Đông", "Chủ tịch UBND huyện");
        assertThat(chair.titleLines()).containsExactly("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH");
        assertThat(chair.nameLine()).isEqualTo("Đoàn Văn Đông");

        Signature officer = documents.signatureOf(homeAffairs, person("noivu"), "Nguyễn Thị Thu", "Chuyên viên Phòng Nội vụ");
        assertThat(officer.titleLines()).containsExactly("TRƯỞNG PHÒNG");
        assertThat(officer.nameLine()).isEqualTo("Lê Văn Hải");

        long deputy = newPerson("Trần Minh Phó", "Phó Trưởng phòng Nội vụ", homeAffairs);
        Signature kt = documents.signatureOf(homeAffairs, deputy, "Trần Minh Phó", "Phó Trưởng phòng Nội vụ");
        assertThat(kt.titleLines()).containsExactly("KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG");
        assertThat(kt.nameLine()).isEqualTo("Trần Minh Phó");
        // a deputy of another unit does not sign for this one
        Signature stranger = documents.signatureOf(committee, deputy, "Trần Minh Phó", "Phó Trưởng phòng Nội vụ");
        assertThat(stranger.titleLines()).containsExactly("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH");
        assertThat(stranger.nameLine()).isEqualTo("Đoàn Văn Đông");

        Signature front = documents.signatureOf(unit("MTTQ"), person("mttq"), "Võ Thị Lan", "Phó Chủ tịch Ủy ban MTTQ huyện");
        assertThat(front.titleLines()).containsExactly("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
        assertThat(documents.headSignature(unit("ABINH")).nameLine()).isEqualTo("Trần Văn Bình");
    }

    private long unit(String code) {
        return jdbc.sql("select id from unit where code = :c").param("c", code).query(Long.class).single();
    }

    private long person(String username) {
        return jdbc.sql("select person_id from account where username = :u").param("u", username).query(Long.class)
                .single();
    }

    private long newPerson(String name, String title, long unitId) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into person (full_name, search_key, unit_id, title, created_at, updated_at)
                values (:name, :key, :unit, :title, :now, :now)""").param("name", name)
                .param("key", name.toLowerCase()).param("unit", unitId).param("title", title)
                .param("now", OffsetDateTime.now()).update(keys, "id");
        return keys.getKey().longValue();
    }
}
