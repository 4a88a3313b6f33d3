package org.surgalt.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.surgalt.course.Course;
import org.surgalt.course.CourseAccess;
import org.surgalt.course.CourseService;
import org.surgalt.identity.Viewer;
import org.surgalt.platform.DomainException;
import org.surgalt.quiz.QuizViews.ImportReport;
import org.surgalt.quiz.QuizViews.QuestionView;
import org.surgalt.quiz.qti.QtiItem;
import org.surgalt.quiz.qti.QtiReader;

/**
 * A course's question bank. Its authors (and site admins) change it; its authors and invited
 * reviewers read it, correct answers included. Learners never see the bank, only the questions
 * drawn for their attempts.
 */
@ApplicationScoped
public class QuestionService {

    static final int MAX_IMPORT_FILES = 100;

    private final QuestionRepository questions;
    private final QuizSettingsRepository settings;
    private final CourseService courses;
    private final CourseAccess access;

    QuestionService(QuestionRepository questions, QuizSettingsRepository settings, CourseService courses,
            CourseAccess access) {
        this.questions = questions;
        this.settings = settings;
        this.courses = courses;
        this.access = access;
    }

    @Transactional
    public List<QuestionView> bank(Viewer viewer, long courseId) {
        access.requireCanReview(viewer, courses.course(courseId));
        return questions.bank(courseId).stream().map(QuestionView::of).toList();
    }

    @Transactional
    public QuestionView question(Viewer viewer, long courseId, long questionId) {
        access.requireCanReview(viewer, courses.course(courseId));
        return QuestionView.of(find(courseId, questionId));
    }

    @Transactional
    public QuestionView create(Viewer viewer, long courseId, QuestionContent content) {
        access.requireCanEdit(viewer, courses.course(courseId));
        Question question = new Question(courseId, content, null);
        questions.persist(question);
        questions.flush();
        return QuestionView.of(question);
    }

    /** {@code expectedVersion}: the version the author started from; null skips the check (API clients that do not care). */
    @Transactional
    public QuestionView edit(Viewer viewer, long courseId, long questionId, Long expectedVersion,
            QuestionContent content) {
        access.requireCanEdit(viewer, courses.course(courseId));
        Question question = find(courseId, questionId);
        if (expectedVersion != null && expectedVersion != question.version()) {
            throw DomainException.conflict("Someone else saved this question while you were editing it.");
        }
        question.edit(content);
        questions.flush();
        return QuestionView.of(question);
    }

    /**
     * Takes a question out of the bank and out of every quiz. One that attempts refer to is kept
     * (retired), so that those attempts can still be reviewed; attempts in progress keep it.
     */
    @Transactional
    public void delete(Viewer viewer, long courseId, long questionId) {
        access.requireCanEdit(viewer, courses.course(courseId));
        Question question = find(courseId, questionId);
        settings.using(questionId).forEach(quiz -> quiz.drop(questionId));
        if (questions.usedInAttempts(questionId)) {
            question.retire();
        } else {
            questions.delete(question);
        }
    }

    /**
     * A question that an import brings (issue 23, a cartridge's QTI 1.2 quiz): added to the bank, or
     * empty with nothing saved when it does not make a valid question, so that the import goes on.
     */
    @Transactional
    public Optional<Long> createImported(Viewer viewer, long courseId, QuestionContent content, String source) {
        access.requireCanEdit(viewer, courses.course(courseId));
        Question question;
        try {
            question = new Question(courseId, content, source);
        } catch (DomainException invalid) {
            return Optional.empty();
        }
        questions.persist(question);
        questions.flush();
        return Optional.of(question.id());
    }

    /** Imports QTI 2.1 item files into the bank; each file is imported or reported with the reason it was not. */
    @Transactional
    public ImportReport importQti(Viewer viewer, long courseId, List<QtiFile> files) {
        Course course = courses.course(courseId);
        access.requireCanEdit(viewer, course);
        if (files.isEmpty()) {
            throw DomainException.invalid("file", "choose one or more QTI 2.1 item files (.xml)");
        }
        if (files.size() > MAX_IMPORT_FILES) {
            throw DomainException.invalid("file", "at most " + MAX_IMPORT_FILES + " files at once");
        }
        List<QuizViews.Imported> imported = new ArrayList<>();
        List<QuizViews.Skipped> skipped = new ArrayList<>();
        for (QtiFile file : files) {
            QtiItem item = QtiReader.read(file.name(), file.bytes());
            if (item instanceof QtiItem.Question found) {
                try {
                    Question question = new Question(courseId, found.content(), "qti:" + file.name()
                            + (found.identifier().isBlank() ? "" : "#" + found.identifier()));
                    questions.persist(question);
                    questions.flush();
                    imported.add(new QuizViews.Imported(file.name(), question.id(), question.kind().id(),
                            List.copyOf(found.notes())));
                } catch (DomainException e) {
                    skipped.add(new QuizViews.Skipped(file.name(), "does not make a valid question: "
                            + e.getMessage()));
                }
            } else {
                skipped.add(new QuizViews.Skipped(file.name(), ((QtiItem.Skipped) item).reason()));
            }
        }
        return new ImportReport(imported, skipped);
    }

    /** An uploaded file, by the name its sender gave it. */
    public record QtiFile(String name, byte[] bytes) {
    }

    private Question find(long courseId, long questionId) {
        return questions.inBank(courseId, questionId).orElseThrow(() -> DomainException.notFound("question",
                questionId));
    }
}
