package vn.danvan.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The signature block and the recipient list print as Decree 30/2020 shows them. */
class SignatureAndRecipientsTests {

    @Test
    void onBehalfOfTheCommitteeTheChairmanSigns() {
        assertThat(new Signature(SigningAuthority.ON_BEHALF_OF, "Ủy ban nhân dân", "Chủ tịch", "Đoàn Văn Đông")
                .titleLines()).containsExactly("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH");
    }

    @Test
    void aDeputySignsInTheChairmansStead() {
        assertThat(new Signature(SigningAuthority.DEPUTY_FOR, "Chủ tịch", "Phó Chủ tịch", "Trần Văn A").titleLines())
                .containsExactly("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
    }

    @Test
    void theOtherAuthoritiesUseTheirPrefixes() {
        assertThat(new Signature(SigningAuthority.BY_ORDER_OF, "Chủ tịch", "Chánh Văn phòng", "B").titleLines())
                .first().isEqualTo("TL. CHỦ TỊCH");
        assertThat(new Signature(SigningAuthority.AUTHORISED_BY, "Chủ tịch", "Trưởng phòng", "C").titleLines())
                .first().isEqualTo("TUQ. CHỦ TỊCH");
        assertThat(new Signature(SigningAuthority.ACTING, "Trưởng phòng", null, "D").titleLines())
                .containsExactly("Q. TRƯỞNG PHÒNG");
        assertThat(new Signature(null, null, "Trưởng phòng", "E").titleLines()).containsExactly("TRƯỞNG PHÒNG");
    }

    @Test
    void recipientsEndWithTheFileCopy() {
        assertThat(new Recipients(List.of("Như trên", "Thường trực Huyện ủy (b/c)"), "VT, NV").lines())
                .containsExactly("- Như trên;", "- Thường trực Huyện ủy (b/c);", "- Lưu: VT, NV.");
        assertThat(new Recipients(List.of(), null).lines()).containsExactly("- Lưu: VT.");
    }

    @Test
    void severalAddresseesFollowTheLabelAsAList() {
        assertThat(Block.to("Ủy ban nhân dân huyện", "Phòng Nội vụ").lines())
                .containsExactly("- Ủy ban nhân dân huyện;", "- Phòng Nội vụ.");
    }
}
