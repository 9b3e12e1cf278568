package org.ecaf.pdf.samples;

/**
 * The sentences of the synthetic answers that the layout tests and the benchmarks render: plain English about a family,
 * long enough to wrap, with names that need more than ASCII (Zoë, Siobhán, Łucja, Nguyễn, Ŵyn). This package is the
 * whole of ecaf-pdf's test jar, which ecaf-benchmarks uses, so that both render the same text.
 */
public final class SampleText {

    private static final String[] SENTENCES = {
        "The family told us that mornings are the hardest part of the day because getting three children ready for school takes much longer than the time they have.",
        "Zoë has been attending the breakfast club on Tuesdays and Thursdays, and her teacher says she now arrives calm and ready to learn.",
        "Her mother explained that the housing association has promised to repair the damp in the children's bedroom but no date has been given yet.",
        "The health visitor noticed that the youngest child has missed two developmental reviews, and the family agreed to book the next one together.",
        "School attendance for the autumn term is 87 per cent, which is lower than last year, mostly because of late arrivals rather than whole days missed.",
        "Siobhán, the maternal grandmother, helps with school pick-ups three days a week and would like more support with her own health appointments.",
        "Everyone agreed that the father's new shift pattern makes evening routines difficult, and he would like advice on flexible working.",
        "The young person said that he enjoys football at the youth centre and wants to keep going, but the bus fare is a worry at the end of the month.",
        "Łucja from the family support team will visit fortnightly to help put a simple weekly plan on the fridge that everyone can follow.",
        "The school nurse will check whether the eczema cream prescribed in September is helping and will talk to the GP if it is not.",
        "Mr Nguyễn said he sometimes finds letters from school hard to follow, so the school will phone him as well as sending letters home.",
        "The children's speech and language needs were discussed, and a referral has been made with the parents' agreement.",
        "Ŵyn, the oldest child, said she would like someone to talk to about exam stress, and the school counsellor has a space from January.",
        "The family's strengths include a warm relationship between the siblings, grandparents who live nearby and a strong wish to make things better.",
        "Money has been tight since the benefits review, and a referral to the welfare rights adviser was agreed to check everything is being claimed.",
    };

    private SampleText() {
    }

    /** The sentence numbered {@code n}, counting round the list (so every non-negative number has one). */
    public static String sentence(int n) {
        return SENTENCES[n % SENTENCES.length];
    }
}
