package io.crossback.triage;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import io.crossback.cases.CaseId;
import io.crossback.core.TenantId;

/**
 * Lets other modules (the agent console) correct a case's triage: the same labelled feedback as
 * {@code POST /api/v1/cases/{id}/triage/corrections}, against the case's latest triaged text.
 */
@Service("triage.corrections")
public class TriageCorrections {

	private final TriageFeedback feedback;

	TriageCorrections(TriageFeedback feedback) {
		this.feedback = feedback;
	}

	/**
	 * Stores an agent's correction; a null category or emotion list leaves that part as the model said.
	 *
	 * @throws io.crossback.core.InvalidInput naming {@code category} or {@code emotions[i]} when not known, or
	 * {@code category} when neither is given
	 * @throws io.crossback.core.NotFound when the case has no triaged text yet
	 */
	public void correct(TenantId tenant, CaseId caseId, @Nullable String category, @Nullable List<String> emotions,
			String correctedBy) {
		feedback.correct(tenant, caseId, new TriageFeedback.Correction(null, category, emotions), correctedBy);
	}

	public List<String> categories() {
		return Category.allowed();
	}

	public List<String> emotions() {
		return Emotion.allowed();
	}
}
