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
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

import vn.danvan.attachment.AttachmentService;
import vn.danvan.shared.web.InvalidRequestException;

/** Household-code attempts on the portal are limited per client address: the next one is refused unseen. */
class PortalCodeAttemptsTests {

    private final Consultations consultations = mock(Consultations.class);
    private final Participations participations = mock(Participations.class);
    private final ConsultationPortalController controller = new ConsultationPortalController(consultations,
            participations, new ConsultationSettings(50, 2), mock(AttachmentService.class), mock(BoardFindings.class));

    private MockHttpServletResponse attempt(String address, ExtendedModelMap model) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        var response = new MockHttpServletResponse();
        controller.takePart(1L, "ABCDEFGHJK", 5L, null, model, request, response, new RedirectAttributesModelMap());
        return response;
    }

    @Test
    void theThirdAttemptFromOneAddressIsRefusedWithoutTouchingTheCode() {
        Consultation c = new Consultation(1, 2, "Ủy ban nhân dân xã An Bình", "Đường", null, ConsultationKind.DECIDE,
                true, LocalDate.now(), LocalDate.now().plusDays(3), false, ConsultationStatus.OPEN, 10, null, null,
                null, null, 1);
        when(consultations.publicGet(anyLong())).thenReturn(c);
        assertThat(attempt("10.1.1.1", new ExtendedModelMap()).getStatus()).isEqualTo(200);
        assertThat(attempt("10.1.1.1", new ExtendedModelMap()).getStatus()).isEqualTo(200);
        ExtendedModelMap refused = new ExtendedModelMap();
        assertThat(attempt("10.1.1.1", refused).getStatus()).isEqualTo(429);
        assertThat(((InvalidRequestException) refused.get("takePartError")).messageKey())
                .isEqualTo("consultation.error.tooMany");
        verify(participations, times(2)).take(anyLong(), any(), any(), any(), any());
        // another address still gets through
        assertThat(attempt("10.1.1.2", new ExtendedModelMap()).getStatus()).isEqualTo(200);
        verify(participations, times(3)).take(anyLong(), any(), any(), any(), any());
    }
}
