package vn.danvan.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

import vn.danvan.attachment.AttachmentService;
import vn.danvan.legal.LegalRule;
import vn.danvan.legal.LegalRules;
import vn.danvan.legal.RuleValue;
import vn.danvan.shared.web.AddressRateLimits;

/** Household-code attempts on the portal are limited per client address: the next one is refused unseen. */
class PortalCodeAttemptsTests {

    private final Consultations consultations = mock(Consultations.class);
    private final Participations participations = mock(Participations.class);
    private final ConsultationPortalController controller = new ConsultationPortalController(consultations,
            participations, new ConsultationSettings(statutoryHalf(), 2), mock(AttachmentService.class),
            mock(BoardFindings.class), AddressRateLimits.inMemory());

    /** The legal rules as seeded: more than 50% of households, Luật 10/2022/QH15. */
    private static LegalRules statutoryHalf() {
        LegalRules rules = mock(LegalRules.class);
        org.mockito.Mockito.when(rules.percent(org.mockito.ArgumentMatchers.eq(LegalRule.CONSULTATION_APPROVAL),
                org.mockito.ArgumentMatchers.any())).thenReturn(50);
        org.mockito.Mockito.when(rules.inForce(org.mockito.ArgumentMatchers.eq(LegalRule.CONSULTATION_APPROVAL),
                org.mockito.ArgumentMatchers.any())).thenReturn(new RuleValue(1, LegalRule.CONSULTATION_APPROVAL, "50",
                        "Luật 10/2022/QH15", java.time.LocalDate.of(2023, 7, 1), "migration",
                        java.time.OffsetDateTime.now()));
        return rules;
    }

    private MockHttpServletResponse attempt(String address, BindingResult result) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        var response = new MockHttpServletResponse();
        controller.takePart(1L, (ParticipationForm) result.getTarget(), result, new ExtendedModelMap(), request,
                response, new RedirectAttributesModelMap());
        return response;
    }

    private static BindingResult typed() {
        return new BeanPropertyBindingResult(new ParticipationForm("ABCDEFGHJK", 5L, null), "takePartForm");
    }

    @Test
    void theThirdAttemptFromOneAddressIsRefusedWithoutTouchingTheCode() {
        Consultation c = new Consultation(1, 2, "Ủy ban nhân dân xã An Bình", "Đường", null, ConsultationKind.DECIDE,
                true, LocalDate.now(), LocalDate.now().plusDays(3), false, ConsultationStatus.OPEN, 10, null, null,
                null, null, 1);
        when(consultations.publicGet(anyLong())).thenReturn(c);
        assertThat(attempt("10.1.1.1", typed()).getStatus()).isEqualTo(200);
        assertThat(attempt("10.1.1.1", typed()).getStatus()).isEqualTo(200);
        BindingResult refused = typed();
        assertThat(attempt("10.1.1.1", refused).getStatus()).isEqualTo(429);
        assertThat(refused.getFieldError("code").getCode()).isEqualTo("consultation.error.tooMany");
        verify(participations, times(2)).take(anyLong(), any(), any(), any(), any());
        // another address still gets through
        assertThat(attempt("10.1.1.2", typed()).getStatus()).isEqualTo(200);
        verify(participations, times(3)).take(anyLong(), any(), any(), any(), any());
    }
}
