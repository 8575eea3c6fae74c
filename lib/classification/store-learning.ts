import "server-only";
import { after } from "next/server";
import { learnFromReviews } from "@/lib/classification/store-model";

/**
 * Lets the classifier learn from the decision just saved, once the response has gone out: a
 * reviewer working through the queue should not wait for a retraining. The newest stored model
 * then serves every instance (store-model.currentModel).
 */
export function learnAfterResponse(): void {
  after(async () => {
    try {
      await learnFromReviews();
    } catch (error) {
      console.error("Retraining the classifier failed; the previous model stays in use:", error);
    }
  });
}
