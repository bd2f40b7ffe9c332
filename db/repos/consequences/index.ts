// What code outside the consequences domain may use of its repos: nothing — no other domain imports
// the closed loop (it reads theirs); its services import these files directly.
export {};
