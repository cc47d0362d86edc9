package vn.danvan.news;

import java.time.Clock;
import java.time.OffsetDateTime;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.danvan.organisation.DemoActors;
import vn.danvan.organisation.DemoDataset;
import vn.danvan.organisation.DemoStage;
import vn.danvan.organisation.DemoStep;
import vn.danvan.shared.web.Problem;

/**
 * The news demo step, with no story yet: the information office of the demo set (Phòng Văn hóa và
 * Thông tin in 2018, Sở Văn hóa và Thể thao in 2025, where the {@code vhtt} account works) has three
 * published stories (a dialogue conference, a "Dân vận khéo" model, a consultation of residents) and one
 * draft, as the screens would have left them. Rows are marked {@code demo}.
 */
@Component
class NewsDemo implements DemoStep {

    private final NewsStories stories;
    private final DemoActors actors;
    private final Clock clock;

    NewsDemo(NewsStories stories, DemoActors actors, Clock clock) {
        this.stories = stories;
        this.actors = actors;
        this.clock = clock;
    }

    @Override
    public DemoStage stage() {
        return DemoStage.NEWS;
    }

    @Override
    public boolean loaded() {
        return stories.any();
    }

    /** The information officer writes and publishes the stories through the module, as on the screens. */
    @Override
    public void load(DemoDataset set) {
        Stories demo = Stories.of(set);
        OffsetDateTime now = OffsetDateTime.now(clock);
        actors.as("vhtt", () -> {
            for (String[] s : demo.published()) {
                long id = write(new NewsForm(s[0], s[1], s[2], s[3], null, null));
                refusedIfAny(stories.publish(id, stories.get(id).version()));
                stories.markDemo(id, now.minusDays(Long.parseLong(s[4])));
            }
            long draft = write(new NewsForm("Bản tin tuần: kết quả tiếp công dân tháng này", demo.draftSummary(),
                    "<p>Bản nháp, đang tổng hợp số liệu.</p>", null, null, null));
            stories.markDemo(draft, null);
        });
    }

    private long write(NewsForm form) {
        NewsStories.Saved saved = stories.create(form);
        refusedIfAny(saved.problems());
        return saved.id();
    }

    private static void refusedIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The demo news story was refused: " + problems);
        }
    }

    /**
     * The stories of each demo set: title, summary, body, related links and days since publication of each
     * published one, and the summary of the draft.
     */
    record Stories(String[][] published, String draftSummary) {

        private static final Stories PHU_GIAO_2018 = new Stories(new String[][] {
            {"Hội nghị đối thoại giữa Chủ tịch UBND huyện với Nhân dân xã An Bình",
                "Hơn 120 đại biểu và người dân dự hội nghị; 14 ý kiến được trả lời trực tiếp tại hội nghị.",
                "<p>Sáng nay, UBND huyện Phú Giáo tổ chức hội nghị đối thoại trực tiếp với Nhân dân xã An Bình "
                    + "về bồi thường, hỗ trợ khi thu hồi đất làm đường ĐT 741.</p><p>Các ý kiến chưa trả lời được "
                    + "tại hội nghị được chuyển thành kiến nghị và theo dõi đến khi có kết quả. Xem lịch đối thoại "
                    + "tại <a href=\"/portal/dialogues\">trang đối thoại</a>.</p>",
                "/portal/dialogues", "20"},
            {"Mô hình \"Dân vận khéo\": Tổ tự quản đường giao thông nông thôn ấp Bình Thắng",
                "Bà con ấp Bình Thắng góp công, góp đất làm 2,5 km đường bê tông, không để ai phải bồi thường.",
                "<p>Từ năm 2016, Tổ tự quản ấp Bình Thắng vận động 86 hộ hiến đất, góp ngày công làm đường.</p>"
                    + "<ul><li>2,5 km đường bê tông nông thôn</li><li>Tổng kinh phí Nhân dân đóng góp: 640 triệu "
                    + "đồng</li></ul><p>Mô hình được đề nghị nhân rộng ra các ấp trong huyện.</p>",
                null, "10"},
            {"Thị trấn Phước Vĩnh lấy ý kiến Nhân dân về quy định nếp sống văn minh",
                "Người dân các khu phố góp ý dự thảo quy định trên cổng thông tin, phiếu giấy và tại cuộc họp.",
                "<p>UBND thị trấn Phước Vĩnh lấy ý kiến Nhân dân về dự thảo quy định nếp sống văn minh đô thị "
                    + "theo Luật Thực hiện dân chủ ở cơ sở năm 2022.</p><p>Mỗi hộ gia đình góp ý một lần bằng mã "
                    + "được phát.</p>",
                "/portal/consultations", "3"}},
                "Tổng hợp các buổi tiếp công dân của lãnh đạo huyện và các xã, thị trấn.");
        private static final Stories TWO_TIER_2025 = new Stories(new String[][] {
            {"Hội nghị đối thoại giữa Chủ tịch UBND xã Phú Giáo với Nhân dân",
                "Hơn 120 đại biểu và người dân dự hội nghị; 14 ý kiến được trả lời trực tiếp tại hội nghị.",
                "<p>Sáng nay, UBND xã Phú Giáo tổ chức hội nghị đối thoại trực tiếp với Nhân dân về bồi thường, "
                    + "hỗ trợ khi thu hồi đất làm đường ĐT 741.</p><p>Các ý kiến chưa trả lời được tại hội nghị "
                    + "được chuyển thành kiến nghị và theo dõi đến khi có kết quả. Xem lịch đối thoại tại "
                    + "<a href=\"/portal/dialogues\">trang đối thoại</a>.</p>",
                "/portal/dialogues", "20"},
            {"Mô hình \"Dân vận khéo\": Tổ tự quản đường giao thông nông thôn ấp Bình Thắng, xã Phú Giáo",
                "Bà con ấp Bình Thắng góp công, góp đất làm 2,5 km đường bê tông, không để ai phải bồi thường.",
                "<p>Tổ tự quản ấp Bình Thắng vận động 86 hộ hiến đất, góp ngày công làm đường.</p>"
                    + "<ul><li>2,5 km đường bê tông nông thôn</li><li>Tổng kinh phí Nhân dân đóng góp: 640 triệu "
                    + "đồng</li></ul><p>Mô hình được đề nghị nhân rộng ra các xã, phường trên địa bàn Thành "
                    + "phố.</p>",
                null, "10"},
            {"Xã Phước Hòa lấy ý kiến Nhân dân về hương ước, quy ước Ấp 3",
                "Các hộ gia đình Ấp 3 góp ý dự thảo trên cổng thông tin, phiếu giấy và tại cuộc họp.",
                "<p>UBND xã Phước Hòa lấy ý kiến Nhân dân về dự thảo sửa đổi hương ước, quy ước Ấp 3 theo "
                    + "Luật Thực hiện dân chủ ở cơ sở năm 2022.</p><p>Mỗi hộ gia đình góp ý một lần bằng mã "
                    + "được phát.</p>",
                "/portal/consultations", "3"}},
                "Tổng hợp các buổi tiếp công dân của lãnh đạo Thành phố và các xã, phường.");

        static Stories of(DemoDataset dataset) {
            return switch (dataset) {
                case PHU_GIAO_2018 -> PHU_GIAO_2018;
                case TWO_TIER_2025 -> TWO_TIER_2025;
            };
        }
    }
}
