import "server-only";
import { after } from "next/server";
import { classifyAllPendingEvidence } from "@/lib/classification/service";
import { learnFromReviews } from "@/lib/classification/store-model";

/**
 * Lets the classifier learn from the decision just saved, once the reply to the reviewer has gone out: a
 * reviewer working through the queue should not wait for a retraining. The newest stored model
 * then serves every instance (store-model.currentModel).
 */
export function retrainAfterDecision(): void {
  after(async () => {
    try {
      await learnFromReviews();
    } catch (error) {
      console.error("Retraining the classifier failed; the previous model stays in use:", error);
    }
    // The rest of the queue gets the new model's suggestions before a reviewer loads it again.
    await classifyNewEvidence();
  });
}

/**
 * Suggestions and personal-detail spans for evidence just created (an answer, a paper sheet, a
 * finding), once the HTTP reply has gone out; pages only read them. Without a request to defer to
 * (a script, a test) it runs at once.
 */
export async function classifyAfterSaving(): Promise<void> {
  try {
    after(classifyNewEvidence);
  } catch {
    await classifyNewEvidence();
  }
}

async function classifyNewEvidence(): Promise<void> {
  try {
    await classifyAllPendingEvidence();
  } catch (error) {
    // The items stay without a suggestion; the next creation or retraining tries again.
    console.error("Classifying new evidence failed:", error);
  }
}
