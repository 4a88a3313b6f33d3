package org.surgalt.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One option of a choice question. */
@Entity
@Table(name = "question_option")
public class QuestionOption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id")
    private Question question;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String text;

    @Column(nullable = false)
    private boolean correct;

    protected QuestionOption() {
    }

    QuestionOption(Question question, int position, String text, boolean correct) {
        this.question = question;
        this.position = position;
        change(text, correct);
    }

    void change(String newText, boolean newCorrect) {
        this.text = newText;
        this.correct = newCorrect;
    }

    public Long id() {
        return id;
    }

    public int position() {
        return position;
    }

    public String text() {
        return text;
    }

    public boolean correct() {
        return correct;
    }
}
