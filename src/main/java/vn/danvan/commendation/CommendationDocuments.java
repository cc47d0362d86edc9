package vn.danvan.commendation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.danvan.documents.Block;
import vn.danvan.documents.DocumentContent;
import vn.danvan.documents.DocumentRegister;
import vn.danvan.documents.DocumentType;
import vn.danvan.documents.IssueRequest;
import vn.danvan.documents.IssuedNumber;
import vn.danvan.documents.OfficialDocument;
import vn.danvan.documents.OfficialDocuments;
import vn.danvan.documents.Recipients;
import vn.danvan.documents.Signature;
import vn.danvan.documents.SigningAuthority;
import vn.danvan.organisation.CurrentUser;
import vn.danvan.organisation.LocalGovernment;
import vn.danvan.organisation.OrganisationService;
import vn.danvan.organisation.Role;
import vn.danvan.organisation.UnitView;
import vn.danvan.shared.web.NotFoundException;

/**
 * The round's official documents (Decree 30/2020), always in Vietnamese: Home Affairs' proposal
 * (Tờ trình đề nghị khen thưởng) with the collectives' scores and the individuals' achievements,
 * and the Chairman's decision (Quyết định khen thưởng) with the approved entries. Each takes its
 * number from the register once (submission, decision) and keeps it; before that a draft. The
 * committee, its chair, the office that proposes and the Front come from the local government
 * ({@link OrganisationService#localGovernment()}), the heads' titles from the units' names.
 */
@Component
class CommendationDocuments {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    static final String PROPOSAL = "CommendationProposal";
    static final String DECISION = "CommendationDecision";

    private final OfficialDocuments documents;
    private final DocumentRegister register;
    private final OrganisationService organisation;
    private final Rounds rounds;
    private final MessageSource messages;

    CommendationDocuments(OfficialDocuments documents, DocumentRegister register, OrganisationService organisation,
            Rounds rounds, MessageSource messages) {
        this.documents = documents;
        this.register = register;
        this.organisation = organisation;
        this.rounds = rounds;
        this.messages = messages;
    }

    /** The proposal's number: the one already given, or the next of Home Affairs' series. */
    String issueProposal(Round round, CurrentUser user, LocalDate today) {
        Optional<IssuedNumber> issued = number(PROPOSAL, round.id());
        if (issued.isPresent()) {
            return issued.get().text();
        }
        long issuer = user.has(Role.HOME_AFFAIRS) ? user.unitId() : homeAffairs().id();
        return register.issue(IssueRequest.of(issuer, DocumentType.TO_TRINH, today, proposalSummary(round))
                .about(PROPOSAL, round.id())).text();
    }

    String issueDecision(Round round, LocalDate today) {
        Optional<IssuedNumber> issued = number(DECISION, round.id());
        if (issued.isPresent()) {
            return issued.get().text();
        }
        return register.issue(IssueRequest.of(government().committee().id(), DocumentType.QUYET_DINH, today,
                decisionSummary(round)).about(DECISION, round.id())).text();
    }

    Optional<IssuedNumber> number(String reference, long roundId) {
        List<IssuedNumber> issued = register.issuedFor(reference, roundId);
        return issued.isEmpty() ? Optional.empty() : Optional.of(issued.get(issued.size() - 1));
    }

    OfficialDocument proposal(Round round) {
        LocalGovernment government = government();
        UnitView issuer = proposer(round, government);
        List<Entry> entries = rounds.entries(round.id());
        List<Block> body = new ArrayList<>();
        body.add(new Block.Addressees(List.of(government.chairTitle())));
        body.add(new Block.Paragraph(government.directiveBasis() == null || government.directiveBasis().isBlank()
                ? text("commendation.doc.proposal.basisNoDirective", round.year())
                : text("commendation.doc.proposal.basis", round.year(), government.directiveBasis().strip())));
        body.add(new Block.Paragraph(text("commendation.doc.proposal.intro", round.year(), issuer.name(),
                government.chairTitle())));
        body.add(new Block.Heading(1, text("commendation.doc.collectives")));
        body.add(collectives(entries, false));
        body.add(new Block.Heading(1, text("commendation.doc.individuals")));
        body.add(individuals(entries, false));
        body.add(new Block.Paragraph(text("commendation.doc.proposal.closing", issuer.name(), government.chairTitle())));
        // the head of the proposing office signs, with the name of the head recorded for it
        Signature signature = documents.headSignature(issuer.id());
        DocumentContent content = new DocumentContent(proposalSummary(round), body, signature,
                new Recipients(List.of(text("commendation.doc.proposal.recipient")), issuerAbbreviation(issuer)));
        return number(PROPOSAL, round.id()).map(n -> documents.registered(n, content))
                .orElseGet(() -> documents.draft(issuer.id(), DocumentType.TO_TRINH, null, null, round.year(), content));
    }

    OfficialDocument decision(Round round) {
        LocalGovernment government = government();
        UnitView committee = government.committee();
        UnitView proposer = proposer(round, government);
        List<Entry> entries = rounds.entries(round.id());
        String proposalNumber = number(PROPOSAL, round.id()).map(IssuedNumber::text).orElse("");
        // Decree 30/2020, a decision: the deciding authority and "QUYẾT ĐỊNH:" centred in bold, the legal
        // bases in italics one a line, each article's "Điều n." in bold
        List<Block> body = new ArrayList<>();
        body.add(new Block.Centred(government.chairTitle().toUpperCase(VIETNAMESE)));
        List<String> bases = new ArrayList<>(List.of(text("commendation.doc.decision.basisLaw").split("\\R")));
        bases.add(text("commendation.doc.decision.basisProposal", proposalNumber,
                LocalGovernment.headTitle(proposer.name())));
        body.add(new Block.Bases(bases));
        body.add(new Block.Centred(text("commendation.doc.decision.decides")));
        body.add(Block.Article.of(text("commendation.doc.decision.article1", round.year())));
        body.add(new Block.Heading(2, text("commendation.doc.collectives")));
        body.add(collectives(entries, true));
        body.add(new Block.Heading(2, text("commendation.doc.individuals")));
        body.add(individuals(entries, true));
        body.add(Block.Article.of(text("commendation.doc.decision.article2")));
        String executors = executors(government, proposer);
        body.add(Block.Article.of(executors.isEmpty() ? text("commendation.doc.decision.article3Heads")
                : text("commendation.doc.decision.article3", executors)));
        // the Chairman decides in person: "CHỦ TỊCH" and the name of who decided, else the committee's head
        String signer = round.decidedBy() != null && !round.decidedBy().isBlank() ? round.decidedBy()
                : committee.headName();
        Signature signature = new Signature(SigningAuthority.NONE, null, text("commendation.doc.decision.position"),
                signer);
        List<String> recipients = new ArrayList<>(List.of(text("commendation.doc.decision.recipient1")));
        if (government.frontName() != null) {
            recipients.add(government.frontName());
        }
        DocumentContent content = new DocumentContent(decisionSummary(round), body, signature,
                new Recipients(recipients, issuerAbbreviation(proposer)));
        return number(DECISION, round.id()).map(n -> documents.registered(n, content))
                .orElseGet(() -> documents.draft(committee.id(), DocumentType.QUYET_DINH, null, null, round.year(),
                        content));
    }

    /** The unit that proposes: the issuer of the numbered proposal, else the office that consolidates. */
    private UnitView proposer(Round round, LocalGovernment government) {
        return number(PROPOSAL, round.id()).map(n -> organisation.unit(n.issuerUnitId()).orElseThrow())
                .orElseGet(government::homeAffairs);
    }

    /**
     * Who carries out the decision, before "thủ trưởng các cơ quan, đơn vị": the head of the committee's
     * own office when the tree has one, and the head of the office that proposed.
     */
    private String executors(LocalGovernment government, UnitView proposer) {
        List<String> heads = new ArrayList<>();
        government.committeeOffice(organisation.activeUnits())
                .filter(office -> office.id() != proposer.id())
                .ifPresent(office -> heads.add(LocalGovernment.headTitle(office.name())));
        if (proposer.id() != government.committee().id()) {
            heads.add(LocalGovernment.headTitle(proposer.name()));
        }
        return String.join(", ", heads);
    }

    private Block collectives(List<Entry> entries, boolean approvedOnly) {
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (Entry e : entries) {
            if (e.kind() != Entry.Kind.COLLECTIVE || approvedOnly && e.decision() != Entry.Decision.APPROVED) {
                continue;
            }
            rows.add(approvedOnly ? List.of(String.valueOf(n++), e.unitName(), e.title())
                    : List.of(String.valueOf(n++), e.unitName(), points(e.total()),
                            e.rank() == null ? "" : String.valueOf(e.rank()), e.title(),
                            e.note() == null ? "" : e.note()));
        }
        List<String> header = approvedOnly
                ? List.of(text("commendation.doc.col.number"), text("commendation.doc.col.collective"),
                        text("commendation.doc.col.title"))
                : List.of(text("commendation.doc.col.number"), text("commendation.doc.col.collective"),
                        text("commendation.doc.col.score"), text("commendation.doc.col.rank"),
                        text("commendation.doc.col.title"), text("commendation.doc.col.note"));
        return new Block.Table(header, rows);
    }

    private Block individuals(List<Entry> entries, boolean approvedOnly) {
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (Entry e : entries) {
            if (e.kind() != Entry.Kind.INDIVIDUAL || approvedOnly && e.decision() != Entry.Decision.APPROVED) {
                continue;
            }
            rows.add(approvedOnly ? List.of(String.valueOf(n++), e.personName(), e.unitName(), e.title())
                    : List.of(String.valueOf(n++), e.personName(), e.unitName(), e.achievements(), e.title()));
        }
        List<String> header = approvedOnly
                ? List.of(text("commendation.doc.col.number"), text("commendation.doc.col.person"),
                        text("commendation.doc.col.unit"), text("commendation.doc.col.title"))
                : List.of(text("commendation.doc.col.number"), text("commendation.doc.col.person"),
                        text("commendation.doc.col.unit"), text("commendation.doc.col.achievements"),
                        text("commendation.doc.col.title"));
        return new Block.Table(header, rows);
    }

    private String proposalSummary(Round round) {
        return text("commendation.doc.proposal.summary", round.year());
    }

    private String decisionSummary(Round round) {
        return text("commendation.doc.decision.summary", round.year());
    }

    static String points(BigDecimal total) {
        return total == null ? "" : total.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    private String issuerAbbreviation(UnitView issuer) {
        return "VT, " + documents.abbreviation(issuer.id());
    }

    private UnitView homeAffairs() {
        return government().homeAffairs();
    }

    /** The committee that decides and the office that proposes; 404 when the tree has no committee. */
    private LocalGovernment government() {
        return organisation.localGovernment().orElseThrow(() -> new NotFoundException("localGovernment", 1));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }
}
