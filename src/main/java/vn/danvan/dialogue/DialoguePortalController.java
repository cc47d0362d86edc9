package vn.danvan.dialogue;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public list of conferences on the portal, no sign-in: upcoming and past, with topic, host, time,
 * place, audience and the attendance count; never the attendee list nor the askers.
 */
@Controller
class DialoguePortalController {

    static final String PORTAL = "dialogue/portal";

    private final Conferences conferences;
    private final Commitments commitments;
    private final Questions questions;
    private final MinutesDocument minutes;

    DialoguePortalController(Conferences conferences, Commitments commitments, Questions questions,
            MinutesDocument minutes) {
        this.minutes = minutes;
        this.conferences = conferences;
        this.questions = questions;
        this.commitments = commitments;
    }

    @GetMapping("/portal/dialogues/{id}/minutes.{format:docx|pdf}")
    org.springframework.http.ResponseEntity<byte[]> minutes(@org.springframework.web.bind.annotation.PathVariable long id,
            @org.springframework.web.bind.annotation.PathVariable String format) {
        return DialogueController.download(minutes, conferences.publicHeld(id), format);
    }

    @GetMapping("/portal/dialogues")
    String list(Model model) {
        List<Conference> all = conferences.publicList();
        model.addAttribute("upcoming", all.stream().filter(c -> c.status().upcoming())
                .sorted(java.util.Comparator.comparing(Conference::startsAt)).toList());
        model.addAttribute("past", all.stream().filter(c -> !c.status().upcoming()).toList());
        model.addAttribute("commitments", commitments.byConference());
        model.addAttribute("notes", commitments.notes(null));
        model.addAttribute("questions", questions.publicByConference());
        return PORTAL;
    }
}
