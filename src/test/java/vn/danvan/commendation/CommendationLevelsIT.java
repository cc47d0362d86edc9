package vn.danvan.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import vn.danvan.DanVanIntegrationTest;
import vn.danvan.OtherLocalGovernment;
import vn.danvan.SignedIn;
import vn.danvan.documents.DocumentFormat;
import vn.danvan.documents.OfficialDocuments;

/**
 * The commendation proposal and decision, the rounds' intro and the default titles name the local
 * government's chair, office and Front (issue 14, point 1): switched to a city, none of the district's words.
 */
@DanVanIntegrationTest
class CommendationLevelsIT {

    private final OfficialDocuments official;

    @Autowired
    CommendationLevelsIT(OfficialDocuments official) {
        this.official = official;
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CommendationDocuments documents;
    @Autowired
    Rounds rounds;

    @Test
    void theProposalAndTheDecisionAreTheCitys() throws Exception {
        Round round = rounds.find(jdbc.sql("select min(id) from commendation_round").query(Long.class).single())
                .orElseThrow();
        try (OtherLocalGovernment city = OtherLocalGovernment.apply(mvc, context, jdbc)) {
            String proposal = OtherLocalGovernment.docxText(official.render(documents.proposal(round), DocumentFormat.DOCX));
            assertThat(proposal).contains("SỞ NỘI VỤ", "Kính gửi: Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh.",
                    "căn cứ " + OtherLocalGovernment.DIRECTIVE + ";",
                    "Sở Nội vụ đã tổng hợp, chấm điểm các đơn vị",
                    "Sở Nội vụ kính trình Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh xem xét, quyết định./.",
                    "GIÁM ĐỐC");
            assertThat(OtherLocalGovernment.districtWordsIn(proposal)).isEmpty();
            String decision = OtherLocalGovernment.docxText(official.render(documents.decision(round), DocumentFormat.DOCX));
            assertThat(decision).contains("THÀNH PHỐ HỒ CHÍ MINH", "CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH",
                    "Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số",
                    "Điều 3. Chánh Văn phòng Ủy ban nhân dân Thành phố, Giám đốc Sở Nội vụ, thủ trưởng",
                    "- " + OtherLocalGovernment.FRONT + ";", "- Lưu: VT, HCM-SNV.");
            assertThat(OtherLocalGovernment.districtWordsIn(decision)).isEmpty();
            assertThat(page("/commendation")).contains("Sở Nội vụ mở đợt khen thưởng");
            assertThat(page("/commendation/new")).contains("Giấy khen của Chủ tịch UBND Thành phố Hồ Chí Minh");
        }
        String decision = OtherLocalGovernment.docxText(official.render(documents.decision(round), DocumentFormat.DOCX));
        assertThat(decision).contains("CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN PHÚ GIÁO",
                "Điều 3. Chánh Văn phòng HĐND-UBND huyện, Trưởng phòng Nội vụ, thủ trưởng",
                "- Ủy ban Mặt trận Tổ quốc Việt Nam huyện Phú Giáo;", "- Lưu: VT, NV.");
    }

    private String page(String path) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(path).with(SignedIn.as(context, "noivu")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
