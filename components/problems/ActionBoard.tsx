"use client";
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { MoveDialog, type MoveTarget } from "@/components/problems/MoveDialog";
import { ACTION_STATUSES, type ActionStatusName } from "@/lib/actions/schemas";
import type { ActionCard } from "@/lib/actions/queries";
import { localTitle } from "@/i18n/local-name";

/**
 * Columns by status. A card the user may move (own action, or any for admins) moves by dragging
 * it to a column, or from the keyboard: Space or Enter picks it up, the arrow keys choose the
 * column, Space or Enter drops it, Escape puts it back. A drop opens the note dialog; the move is
 * saved from there, with the version the card was shown at.
 */
export function ActionBoard({ cards: fromServer, userId, canManage }: { cards: ActionCard[]; userId: string; canManage: boolean }) {
  const t = useTranslations("actions");
  const zh = useLocale() === "zh";
  const router = useRouter();
  // A saved move shows at once; the server's newer rows (after refresh) take over from it.
  const [moved, setMoved] = useState<Record<string, { status: ActionStatusName; version: number }>>({});
  const cards = fromServer.map((c) => {
    const local = moved[c.id];
    return local && local.version > c.version ? { ...c, ...local, overdue: local.status === "DONE" ? false : c.overdue } : c;
  });
  const [picked, setPicked] = useState<{ id: string; column: number } | null>(null);
  const [dialog, setDialog] = useState<MoveTarget | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [overColumn, setOverColumn] = useState<number | null>(null);
  const handles = useRef(new Map<string, HTMLButtonElement>());

  const movable = (card: ActionCard) => canManage || card.ownerId === userId;
  const titleOf = (card: ActionCard) => localTitle(card, zh);
  const statusName = (s: ActionStatusName) => t(`statuses.${s}`);

  const drop = (card: ActionCard, to: ActionStatusName) => {
    setPicked(null);
    setOverColumn(null);
    if (to === card.status) {
      setAnnouncement(t("board.putBack", { title: titleOf(card) }));
      return;
    }
    setDialog({ id: card.id, title: titleOf(card), version: card.version, from: card.status, to });
  };

  const onKey = (card: ActionCard, event: React.KeyboardEvent) => {
    if (!movable(card)) return;
    const here = ACTION_STATUSES.indexOf(card.status);
    if (!picked || picked.id !== card.id) {
      if (event.key === " " || event.key === "Enter") {
        event.preventDefault();
        setPicked({ id: card.id, column: here });
        setAnnouncement(t("board.pickedUp", { title: titleOf(card), status: statusName(card.status) }));
      }
      return;
    }
    if (event.key === "ArrowRight" || event.key === "ArrowLeft") {
      event.preventDefault();
      const column = Math.min(ACTION_STATUSES.length - 1, Math.max(0, picked.column + (event.key === "ArrowRight" ? 1 : -1)));
      setPicked({ id: card.id, column });
      setAnnouncement(t("board.over", { status: statusName(ACTION_STATUSES[column]) }));
    } else if (event.key === " " || event.key === "Enter") {
      event.preventDefault();
      drop(card, ACTION_STATUSES[picked.column]);
    } else if (event.key === "Escape" || event.key === "Tab") {
      setPicked(null);
      setAnnouncement(t("board.cancelled", { title: titleOf(card) }));
    }
  };

  const closeDialog = () => {
    const id = dialog?.id;
    setDialog(null);
    if (id) handles.current.get(id)?.focus();
  };

  return (
    <div>
      <p id="board-help" className="mb-3 text-sm text-slate-600">
        {t("board.help")}
      </p>
      <div aria-live="assertive" className="sr-only" data-testid="board-announcement">
        {announcement}
      </div>
      <div className="grid grid-cols-1 gap-3 md:grid-cols-4">
        {ACTION_STATUSES.map((status, index) => {
          const column = cards.filter((c) => c.status === status);
          const highlighted = picked?.column === index || overColumn === index;
          return (
            <section
              key={status}
              aria-labelledby={`column-${status}`}
              data-testid={`column-${status}`}
              data-highlighted={highlighted ? "true" : undefined}
              className={`min-h-40 rounded-lg border p-2 ${highlighted ? "border-brand-600 bg-brand-50" : "border-slate-200 bg-slate-50"}`}
              onDragOver={(e) => {
                e.preventDefault();
                setOverColumn(index);
              }}
              onDragLeave={() => setOverColumn((c) => (c === index ? null : c))}
              onDrop={(e) => {
                e.preventDefault();
                const card = cards.find((c) => c.id === e.dataTransfer.getData("text/plain"));
                if (card && movable(card)) drop(card, status);
                else setOverColumn(null);
              }}
            >
              <h2 id={`column-${status}`} className="mb-2 px-1 text-sm font-semibold text-slate-800">
                {statusName(status)} <span className="font-normal text-slate-500">({column.length})</span>
              </h2>
              <ul className="space-y-2">
                {column.map((card) => (
                  <li
                    key={card.id}
                    data-testid="board-card"
                    data-overdue={card.overdue ? "true" : undefined}
                    className={`rounded border bg-white p-2 text-sm shadow-sm ${card.overdue ? "border-red-400 border-l-4" : "border-slate-200"} ${picked?.id === card.id ? "ring-2 ring-brand-600" : ""}`}
                    draggable={movable(card)}
                    onDragStart={(e) => e.dataTransfer.setData("text/plain", card.id)}
                  >
                    <div className="flex items-start justify-between gap-2">
                      <Link href={`/actions/${card.id}`} className="font-medium text-brand-800 hover:underline">
                        {card.number ? `${card.number}. ` : ""}
                        {titleOf(card)}
                      </Link>
                      {movable(card) ? (
                        <button
                          type="button"
                          ref={(el) => {
                            if (el) handles.current.set(card.id, el);
                            else handles.current.delete(card.id);
                          }}
                          className="shrink-0 rounded border border-slate-300 px-1.5 text-xs text-slate-700 hover:bg-slate-100"
                          aria-describedby="board-help"
                          aria-pressed={picked?.id === card.id}
                          aria-label={t("board.moveHandle", { title: titleOf(card) })}
                          data-testid="card-handle"
                          onKeyDown={(e) => onKey(card, e)}
                          onBlur={() => picked?.id === card.id && !dialog && setPicked(null)}
                        >
                          ⇄
                        </button>
                      ) : null}
                    </div>
                    <p className="mt-1 text-xs text-slate-600">{card.ownerName}</p>
                    {card.dueOn ? (
                      <p className={`mt-1 text-xs ${card.overdue ? "font-semibold text-red-700" : "text-slate-600"}`}>
                        {card.overdue ? t("overdueOn", { date: card.dueOn }) : t("dueOn", { date: card.dueOn })}
                      </p>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
      {dialog ? (
        <MoveDialog
          target={dialog}
          onClose={closeDialog}
          onSaved={(version, status) => {
            setMoved((m) => ({ ...m, [dialog.id]: { status, version } }));
            setAnnouncement(t("board.moved", { title: dialog.title, status: statusName(status) }));
            closeDialog();
            router.refresh();
          }}
        />
      ) : null}
    </div>
  );
}
