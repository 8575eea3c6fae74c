// What a form's mutation returns when the input parsed but the database says no (a taken code, a
// loop in the tree): the field and a message key the form words in the reader's language.
export type FormOutcome = { status: "saved"; id: string } | { status: "invalid"; fieldErrors: Record<string, string> };

export const saved = (id: string): FormOutcome => ({ status: "saved", id });
export const invalid = (field: string, key: string): FormOutcome => ({ status: "invalid", fieldErrors: { [field]: key } });
