package vn.danvan.disclosure;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A form of disclosure the law allows (hình thức công khai); the label is {@code disclosure.channel.<NAME>}. */
enum DisclosureChannel {
    /** Niêm yết tại trụ sở Ủy ban nhân dân xã. */
    NOTICE_BOARD,
    /** Niêm yết tại nhà văn hóa thôn, tổ dân phố. */
    HAMLET_HOUSE,
    /** Hệ thống truyền thanh. */
    LOUDSPEAKER,
    /** Cổng, trang thông tin điện tử. */
    PORTAL,
    /** Hội nghị cộng đồng dân cư. */
    RESIDENTS_MEETING,
    /** Gửi trưởng thôn, tổ trưởng tổ dân phố để thông báo đến Nhân dân. */
    HAMLET_HEAD;

    public String messageKey() {
        return "disclosure.channel." + name();
    }

    /** The channels stored as names separated by commas; an empty or null text is none. */
    static Set<DisclosureChannel> parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return EnumSet.noneOf(DisclosureChannel.class);
        }
        return Arrays.stream(stored.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(DisclosureChannel::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(DisclosureChannel.class)));
    }

    static String join(Collection<DisclosureChannel> channels) {
        return channels.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }
}
