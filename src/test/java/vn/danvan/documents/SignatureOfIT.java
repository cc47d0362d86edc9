package vn.danvan.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.organisation.OrganisationFixture;

/**
 * Who signs for a unit, from the organisation data: the head as head, a deputy "KT.", anyone else not at
 * all (the head signs in their place), each with the full name under the signature.
 */
@DanVanIntegrationTest
class SignatureOfIT {

    private final OfficialDocuments documents;
    private final OrganisationFixture organisation;

    @Autowired
    SignatureOfIT(OfficialDocuments documents, ApplicationContext context) {
        this.documents = documents;
        this.organisation = OrganisationFixture.of(context);
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
        return organisation.unit(code);
    }

    private long person(String username) {
        return organisation.personOf(username);
    }

    private long newPerson(String name, String title, long unitId) {
        return organisation.person(name, title, unitId);
    }
}
