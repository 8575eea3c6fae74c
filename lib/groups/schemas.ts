// Research-group forms: one zod schema each, shared by the client and the server actions.
// Messages are keys under "groups.validation".
import { z } from "zod";
import { idList } from "@/lib/form-fields";

const name = z.string().trim().min(1, { message: "nameRequired" }).max(120, { message: "nameTooLong" });
const ids = idList(500);

export const createGroupSchema = z.object({ campaignId: z.uuid(), name, nameZh: name });
export const renameGroupSchema = z.object({ groupId: z.uuid(), name, nameZh: name });
export const groupMembersSchema = z.object({
  groupId: z.uuid(),
  memberIds: ids,
  leadId: z.preprocess((v) => (v === "" || v === undefined ? null : v), z.uuid().nullable()),
});
export const groupUnitsSchema = z.object({ groupId: z.uuid(), unitIds: ids });
